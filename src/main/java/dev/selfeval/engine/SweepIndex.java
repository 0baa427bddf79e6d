package dev.selfeval.engine;

import dev.selfeval.model.Form;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.ProjectNames;
import dev.selfeval.model.SweepGroup;
import dev.selfeval.model.SweepMember;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compact signatures of every form of a sweep, for the cross-form rules: per form two 64-bit hashes
 * (its indicator table, its normalised project name) and where it is (file index, form number),
 * 24 bytes in primitive arrays. The forms themselves are not kept.
 */
public final class SweepIndex {
    /** Forms sharing a signature, by where they are: {@code int[]{file, form}} in sweep order. */
    public record Candidate(SweepGroup.Kind kind, List<int[]> members) {
    }

    private long[] tables = new long[1024];
    private long[] projects = new long[1024];
    private int[] files = new int[1024];
    private int[] numbers = new int[1024];
    private int size;

    /** A form's two signatures: table and project (0 = nothing to compare). Safe on any thread. */
    public record Signature(long table, long project) {
        public static Signature of(Form form) {
            String key = ProjectNames.key(form.projectName());
            return new Signature(form.indicators().isEmpty() ? 0 : tableHash(form), key.isEmpty() ? 0 : hash(key));
        }
    }

    /** Adds a form's signature, in output order. */
    public void add(int file, int number, Signature sig) {
        if (size == tables.length) {
            tables = Arrays.copyOf(tables, size * 2);
            projects = Arrays.copyOf(projects, size * 2);
            files = Arrays.copyOf(files, size * 2);
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        tables[size] = sig.table();
        projects[size] = sig.project();
        files[size] = file;
        numbers[size] = number;
        size++;
    }

    public int size() {
        return size;
    }

    /** Groups of two or more forms with the same table, then with the same project, in sweep order. */
    public List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        out.addAll(groups(SweepGroup.Kind.TABLE, tables));
        out.addAll(groups(SweepGroup.Kind.PROJECT, projects));
        return out;
    }

    private List<Candidate> groups(SweepGroup.Kind kind, long[] keys) {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < size; i++) {
            if (sorted[i] == sorted[i - 1] && sorted[i] != 0) {
                repeated.add(sorted[i]);
            }
        }
        Map<Long, List<int[]>> groups = new LinkedHashMap<>();
        for (int i = 0; i < size && !repeated.isEmpty(); i++) {
            if (repeated.contains(keys[i])) {
                groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(new int[] {files[i], numbers[i]});
            }
        }
        return groups.values().stream().map(m -> new Candidate(kind, m)).toList();
    }

    /** The groups among forms already in memory (a rule test case's forms). */
    public static List<SweepGroup> groups(List<Form> forms) {
        SweepIndex index = new SweepIndex();
        for (int i = 0; i < forms.size(); i++) {
            index.add(0, i + 1, Signature.of(forms.get(i)));
        }
        List<SweepGroup> out = new ArrayList<>();
        for (Candidate c : index.candidates()) {
            List<SweepMember> members = new ArrayList<>();
            for (int[] m : c.members()) {
                Form f = forms.get(m[1] - 1);
                members.add(new SweepMember(f.id(), f.projectName(), f.header().department(), f.source()));
            }
            out.add(new SweepGroup(c.kind(), members));
        }
        return out;
    }

    /** The table: every indicator's name and target, whitespace removed, in form order. */
    static long tableHash(Form f) {
        StringBuilder sb = new StringBuilder();
        for (Indicator i : f.indicators()) {
            sb.append(squeeze(i.name())).append('\u0001').append(squeeze(i.target())).append('\u0002');
        }
        return hash(sb.toString());
    }

    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    private static long hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xFF);
            }
            return h == 0 ? 1 : h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
