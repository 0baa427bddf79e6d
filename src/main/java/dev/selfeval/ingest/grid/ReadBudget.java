package dev.selfeval.ingest.grid;

import java.time.Duration;

/**
 * How long reading one file (or one piece of a long text file) may take: the readers ask
 * {@link #check} as they go (a line, a row, a page), and a read over its time stops there, so that
 * one file no form can be never holds up a sweep. The limit is the run's ({@code --read-timeout}),
 * set on each thread that reads.
 */
public final class ReadBudget {
    public static final Duration DEFAULT = Duration.ofSeconds(60);
    private static final ThreadLocal<Duration> LIMIT = ThreadLocal.withInitial(() -> DEFAULT);
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** A read that ran over its time: readers let it pass, {@link #within} makes it the file's refusal. */
    public static final class Spent extends RuntimeException {
        Spent(Duration limit) {
            super("读取超过每个文件 " + seconds(limit) + " 秒的时限，已停止读取：文件可能异常庞大复杂，或已损坏"
                    + "（确需读取时可用 --read-timeout 放宽时限）", null, false, false);
        }
    }

    private ReadBudget() {
    }

    /** The time reads on this thread may take from now on (a run sets it on its workers). */
    public static void limit(Duration d) {
        LIMIT.set(d);
    }

    /** One read: reading a file, or a piece of one. */
    @FunctionalInterface
    public interface Read<T> {
        T run() throws UnreadableInputException;
    }

    /**
     * Runs one read on this thread against the clock; a read over its time is unreadable, with the
     * limit in the message. A read inside another keeps the outer one's clock.
     */
    public static <T> T within(Read<T> read) throws UnreadableInputException {
        if (DEADLINE.get() != null) {
            return read.run();
        }
        DEADLINE.set(System.nanoTime() + LIMIT.get().toNanos());
        try {
            return read.run();
        } catch (Spent e) {
            throw new UnreadableInputException(e.getMessage(), 0);
        } finally {
            DEADLINE.remove();
        }
    }

    /**
     * Throws on the read's running out of time when a library wrapped it in an exception of its own
     * (a SAX handler's, POI's), so that a reader that words a library's failure does not word this.
     */
    public static void passOn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Spent spent) {
                throw spent;
            }
        }
    }

    /** Stops the read when its time is up (outside a read, never). */
    public static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new Spent(LIMIT.get());
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }
}
