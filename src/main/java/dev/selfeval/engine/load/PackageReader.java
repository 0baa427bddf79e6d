package dev.selfeval.engine.load;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.definitions.InternalKnowledgePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads compiled packages back from a cache entry, which carries the rules' compiled classes: code
 * that runs. What an entry may hold is what the packages of the shipped rules hold, measured (their
 * entry: about 557,000 bytes, objects nested 18 deep, 12,176 references, its longest array 363,536 bytes,
 * the compiled classes), with room for about four times as much; anything else, or more, is refused,
 * and so is a read that takes longer than its budget (it is left to run out on a thread of its own).
 *
 * <p>The rule engine opens a stream of its own inside the entry (the compiled classes), which no
 * filter set on our stream reaches; so the filter is the process-wide one, and applies only on the
 * thread that reads an entry. When another process-wide filter is in place there is no reading.
 */
final class PackageReader {
    static final int MAX_DEPTH = 72;
    static final int MAX_REFS = 50_000;
    static final long MAX_BYTES = 2_500_000;
    static final int MAX_ARRAY = 1_500_000;
    /** How long a read may take; the shipped rules' entry reads in 20-50 ms warm, 0.3-0.7 s in a fresh JVM on a busy machine. */
    static final Duration BUDGET = Duration.ofSeconds(3);

    /**
     * The classes an entry's packages hold: of the JDK, those measured (values, collections, and the
     * locks of the rule engine's concurrent maps), then the rule engine's, this tool's and the rules' own.
     */
    private static final String JDK = "java.lang.*;java.math.*;java.util.*;java.util.concurrent.ConcurrentHashMap*;"
            + "java.util.concurrent.locks.AbstractOwnableSynchronizer;java.util.concurrent.locks.AbstractQueuedSynchronizer;"
            + "java.util.concurrent.locks.ReentrantLock*;";

    /** An entry that was refused, and why (in words for the user). */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why);
        }
    }

    /** One entry being read: its filter, and the first reason it refused something. */
    private static final class Reading {
        private final ObjectInputFilter patterns;
        private volatile String why;

        Reading(Collection<String> rulePackages) {
            StringBuilder allowed = new StringBuilder(JDK).append("org.drools.**;org.kie.**;org.mvel2.**;dev.selfeval.**;");
            rulePackages.forEach(p -> allowed.append(p).append(".*;"));
            patterns = ObjectInputFilter.Config.createFilter(allowed + "maxdepth=" + MAX_DEPTH + ";maxrefs=" + MAX_REFS
                    + ";maxbytes=" + MAX_BYTES + ";maxarray=" + MAX_ARRAY + ";!*");
        }

        ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
            ObjectInputFilter.Status s = patterns.checkInput(info);
            if (s == ObjectInputFilter.Status.REJECTED && why == null) {
                why = why(info);
            }
            return s;
        }

        private static String why(ObjectInputFilter.FilterInfo info) {
            if (info.depth() > MAX_DEPTH) {
                return "对象嵌套 " + info.depth() + " 层，超过上限 " + MAX_DEPTH + " 层";
            } else if (info.references() > MAX_REFS) {
                return "对象引用 " + info.references() + " 个，超过上限 " + MAX_REFS + " 个";
            } else if (info.streamBytes() > MAX_BYTES) {
                return "数据超过 " + MAX_BYTES + " 字节的上限";
            } else if (info.arrayLength() > MAX_ARRAY) {
                return "数组长度 " + info.arrayLength() + "，超过上限 " + MAX_ARRAY;
            }
            Class<?> c = info.serialClass();
            while (c != null && c.isArray()) {
                c = c.getComponentType();
            }
            return "含有编译后的规则用不到的类 " + (c == null ? "?" : c.getName());
        }
    }

    private static final ThreadLocal<Reading> READING = new ThreadLocal<>();
    /** The process-wide filter: an entry's on the thread that reads it, no say anywhere else. */
    private static final ObjectInputFilter EVERY_STREAM = info -> {
        Reading r = READING.get();
        return r == null ? ObjectInputFilter.Status.UNDECIDED : r.check(info);
    };
    private static Boolean guarded;

    private PackageReader() {
    }

    /**
     * Whether every stream opened while an entry is read, the rule engine's own included, passes
     * through the entry's filter (set up on first use); false when another process-wide filter or
     * filter factory is in place ({@code -Djdk.serialFilter}, {@code -Djdk.serialFilterFactory}).
     */
    static synchronized boolean guarded() {
        if (guarded == null) {
            try {
                ObjectInputFilter.Config.setSerialFilter(EVERY_STREAM);
            } catch (IllegalStateException e) {
                // another filter is in place: the probe below tells
            }
            try {
                ByteArrayOutputStream empty = new ByteArrayOutputStream();
                new ObjectOutputStream(empty).close();
                try (ObjectInputStream probe = new ObjectInputStream(new ByteArrayInputStream(empty.toByteArray()))) {
                    guarded = probe.getObjectInputFilter() == EVERY_STREAM;
                }
            } catch (IOException | RuntimeException e) {
                guarded = false;
            }
        }
        return guarded;
    }

    /**
     * The packages in {@code bytes}, read on a thread of its own within {@code budget}; {@code rulePackages}
     * are the DRL files' package names, whose classes an entry may hold too.
     */
    @SuppressWarnings("unchecked")
    static Collection<InternalKnowledgePackage> read(byte[] bytes, ClassLoader loader, Collection<String> rulePackages,
                                                     Duration budget) throws Refused {
        if (!guarded()) {
            throw new Refused("无法为读取设置过滤");
        }
        Reading reading = new Reading(rulePackages);
        FutureTask<Object> task = new FutureTask<>(() -> {
            READING.set(reading);
            try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
                return in.readObject();
            } finally {
                READING.remove();
            }
        });
        Thread t = new Thread(task, "selfeval-rule-cache-read");
        t.setDaemon(true);
        t.start();
        try {
            Object read = task.get(budget.toNanos(), TimeUnit.NANOSECONDS);
            if (!(read instanceof Collection<?> c) || !c.stream().allMatch(p -> p instanceof InternalKnowledgePackage)) {
                throw new Refused("内容不是编译后的规则包");
            }
            return (Collection<InternalKnowledgePackage>) read;
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new Refused("读取超过 " + budget.toMillis() + " 毫秒的时限，已放弃");
        } catch (ExecutionException e) {
            throw new Refused(reading.why != null ? reading.why : "内容已损坏，读不出来");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused("读取被中断");
        }
    }
}
