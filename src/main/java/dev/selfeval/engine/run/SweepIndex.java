package dev.selfeval.engine.run;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Form;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.Measure;
import dev.selfeval.model.ProjectNames;
import dev.selfeval.model.SourceRef;
import dev.selfeval.model.SweepGroup;
import dev.selfeval.model.SweepMember;
import dev.selfeval.model.Texts;
import dev.selfeval.model.YearForm;
import dev.selfeval.model.YearPair;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compact signatures of every form of a sweep, for the cross-form rules: per form two 64-bit hashes
 * (its indicator table, its normalised project name) in primitive arrays, 24 bytes a form. What a
 * group's message needs of its forms (id, project, department, source) is spilled to a temporary
 * file and read back only for the forms in groups. The forms themselves are not kept.
 */
public final class SweepIndex implements AutoCloseable {
    private long[] tables = new long[1024];
    private long[] projects = new long[1024];
    /** The project's key alone (not its year): forms of one project in several years, for the year rules. */
    private long[] keys = new long[1024];
    private long[] offsets = new long[1024];
    private int size;
    private final Path spill;
    private final BufferedOutputStream out;
    private long written;

    /**
     * What the index keeps of one form: its two signatures, table and project (0 = nothing to
     * compare), and what a group's message needs of it (id, project, department, source), encoded
     * as the spill file holds it. Made on any thread, so that the form need not be kept until the
     * writer adds it.
     */
    public record Entry(long table, long project, long key, byte[] spill) {
        /** A form audited: its signatures, and what the year rules hold the project's next form against ({@link YearForm}). */
        public static Entry of(FormAudit audit) {
            return of(audit.form(), YearForms.of(audit));
        }

        public static Entry of(Form form) {
            return of(form, null);
        }

        private static Entry of(Form form, YearForm year) {
            String key = form.key();
            byte[] digest;
            try {
                digest = year == null ? null : DIGEST.writeValueAsBytes(year);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            byte[][] texts = {utf8(form.id()), utf8(form.projectName()), utf8(form.header().department()),
                utf8(form.source().file()), utf8(key), digest};
            int size = 4 * texts.length + 8;
            for (byte[] t : texts) {
                size += t == null ? 0 : t.length;
            }
            ByteBuffer spill = ByteBuffer.allocate(size);
            for (byte[] t : texts) {
                spill.putInt(t == null ? -1 : t.length);
                if (t != null) {
                    spill.put(t);
                }
            }
            spill.putInt(form.source().line());
            spill.putInt(form.header().year() == null ? -1 : form.header().year());
            // one project in one year: a form's key and its year (the same project a year later is no duplicate)
            return new Entry(form.indicators().isEmpty() ? 0 : tableHash(form), key.isEmpty() ? 0 : hash(key + "\u0000" + form.header().year()),
                    year == null ? 0 : hash(key), spill.array());
        }

        private static byte[] utf8(String s) {
            return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A text of a spill entry as {@link Entry#of} wrote it: its length in bytes (-1 for none), then its UTF-8. */
    private static String readText(ByteBuffer entry) {
        int n = entry.getInt();
        if (n < 0) {
            return null;
        }
        String s = new String(entry.array(), entry.position(), n, StandardCharsets.UTF_8);
        entry.position(entry.position() + n);
        return s;
    }

    public SweepIndex() throws IOException {
        spill = Files.createTempFile("selfeval-sweep", ".bin");
        spill.toFile().deleteOnExit();
        out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
    }

    /** Adds a form, in output order: its signatures in memory, what messages need of it on disk. */
    public void add(Entry e) throws IOException {
        if (size == tables.length) {
            tables = Arrays.copyOf(tables, size * 2);
            projects = Arrays.copyOf(projects, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        tables[size] = e.table();
        projects[size] = e.project();
        keys[size] = e.key();
        offsets[size] = written;
        out.write(e.spill());
        written += e.spill().length;
        size++;
    }

    public int size() {
        return size;
    }

    /** Groups of two or more forms with the same table, then with the same project, in sweep order. */
    public List<SweepGroup> groups() throws IOException {
        out.flush();
        List<SweepGroup> groups = new ArrayList<>();
        try (FileChannel in = FileChannel.open(spill, StandardOpenOption.READ)) {
            for (SweepGroup.Kind kind : List.of(SweepGroup.Kind.TABLE, SweepGroup.Kind.PROJECT)) {
                for (List<Integer> members : groups(kind == SweepGroup.Kind.TABLE ? tables : projects)) {
                    List<SweepMember> m = new ArrayList<>();
                    for (int i : members) {
                        ByteBuffer entry = read(in, i); // one read a member: the spill is not buffered
                        m.add(member(entry));
                    }
                    groups.add(new SweepGroup(kind, m));
                }
            }
        }
        return groups;
    }

    /** A member as its spill entry holds it; the entry is left at its year digest. */
    private static SweepMember member(ByteBuffer entry) {
        String id = readText(entry);
        String project = readText(entry);
        String dept = readText(entry);
        String file = readText(entry);
        String key = readText(entry);
        int at = entry.position();
        readText(entry); // the digest, before the line
        int line = entry.getInt();
        int year = entry.getInt();
        SweepMember m = new SweepMember(id, project, dept, new SourceRef(file, line), key, year < 0 ? null : year);
        entry.position(at);
        return m;
    }

    /** Forms of one project in two years, each with the next year's form after it, for the year rules. */
    public List<YearPair> pairs() throws IOException {
        out.flush();
        List<YearPair> pairs = new ArrayList<>();
        try (FileChannel in = FileChannel.open(spill, StandardOpenOption.READ)) {
            for (List<Integer> forms : groups(keys)) {
                List<SweepMember> members = new ArrayList<>();
                List<YearForm> years = new ArrayList<>();
                for (int i : forms) {
                    ByteBuffer entry = read(in, i);
                    members.add(member(entry));
                    years.add(DIGEST.readValue(readText(entry), YearForm.class));
                }
                pairs.addAll(YearPairs.of(members, years));
            }
        }
        return pairs;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper DIGEST = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Entry i of the spill file: from its offset to the next entry's. */
    private ByteBuffer read(FileChannel in, int i) throws IOException {
        long end = i + 1 < size ? offsets[i + 1] : written;
        ByteBuffer entry = ByteBuffer.allocate((int) (end - offsets[i]));
        while (entry.hasRemaining()) {
            if (in.read(entry, offsets[i] + entry.position()) < 0) {
                throw new IOException("sweep spill file ends early: " + spill);
            }
        }
        return entry.flip();
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(spill);
    }

    private List<List<Integer>> groups(long[] signatures) {
        long[] sorted = Arrays.copyOf(signatures, size);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < size; i++) {
            if (sorted[i] == sorted[i - 1] && sorted[i] != 0) {
                repeated.add(sorted[i]);
            }
        }
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < size && !repeated.isEmpty(); i++) {
            if (repeated.contains(signatures[i])) {
                groups.computeIfAbsent(signatures[i], k -> new ArrayList<>()).add(i);
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** What a run's end is given: the forms' groups and the year pairs. */
    public record Found(List<SweepGroup> groups, List<YearPair> pairs) {
    }

    /** The groups and year pairs among forms audited already (a rule test case's forms). */
    public static Found of(List<FormAudit> audits) {
        try (SweepIndex index = new SweepIndex()) {
            for (FormAudit a : audits) {
                if (a.form() != null) {
                    index.add(Entry.of(a));
                }
            }
            return new Found(index.groups(), index.pairs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /**
     * The table: every indicator's name and target, in form order. Names are compared without
     * whitespace; targets by meaning ({@code >=85%} = {@code ≥85 %}), text targets without whitespace.
     * Hashed piece by piece, as if the pieces were joined by \u0001 and \u0002.
     */
    static long tableHash(Form f) {
        long h = Fnv.START;
        for (Indicator i : f.indicators()) {
            h = Fnv.add(addSqueezed(h, i.name()), '\u0001');
            Measure t = i.targetMeasure();
            if (t.quantitative()) {
                if (t.comparison() != null) {
                    h = Fnv.add(h, t.comparison().symbol());
                }
                h = Fnv.add(Fnv.add(h, t.number().stripTrailingZeros().toPlainString()), ' ');
                if (t.normalizedUnit() != null) {
                    h = Fnv.add(h, t.normalizedUnit());
                }
            } else {
                h = addSqueezed(h, i.target());
            }
            h = Fnv.add(h, '\u0002');
        }
        return nonZero(Fnv.finish(h));
    }

    /** The hash continued over the text without its whitespace (as {@link Texts#squeeze}). */
    private static long addSqueezed(long h, String s) {
        if (s != null) {
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (!Texts.space(c)) {
                    h = Fnv.add(h, c);
                }
            }
        }
        return h;
    }

    /**
     * Chance of two different tables colliding in a sweep of n forms is about n² / 2⁶⁵: one in 37
     * million for a million forms. 0 stands for "nothing to compare", so no real hash is 0.
     */
    private static long hash(String s) {
        return nonZero(Fnv.hash(s));
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }
}
