package dev.selfeval.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the command line's FILE, DIR and GLOB arguments into files, in a deterministic order:
 * arguments in the order given, files inside a directory sorted by path. Inside a directory or a
 * glob, files that by their name are no forms are skipped and listed: hidden files, notes
 * ({@code *.md}), the corpus generator's {@code manifest.jsonl} and rule-test expectations
 * ({@code *.expect.yaml}). A file named on the command line is always read.
 */
public final class InputFiles {
    private static final PathMatcher NOT_FORMS = FileSystems.getDefault()
            .getPathMatcher("glob:{.*,*.md,*.MD,manifest.jsonl,*.expect.yaml}");

    private InputFiles() {
    }

    /** The files to read, and those skipped by name (as shown). */
    public record Expanded(List<InputFile> files, List<String> skipped) {
    }

    public static Expanded expand(List<String> args) {
        List<InputFile> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                Path base = p.toAbsolutePath().normalize().getFileName();
                String prefix = base == null ? "" : base + "/";
                for (FolderWalk.Entry e : FolderWalk.of(p)) {
                    Path f = e.path();
                    String rel = slashes(p.relativize(f).toString());
                    if (e.unlisted() == null && notAForm(f)) {
                        skipped.add(slashes(f.toString()));
                    } else {
                        out.add(new InputFile(f, slashes(f.toString()), prefix + rel, e.unlisted()));
                    }
                }
            } else if (!Files.exists(p) && (arg.contains("*") || arg.contains("?"))) {
                List<InputFile> matched = new ArrayList<>();
                for (InputFile f : glob(arg)) {
                    if (notAForm(f.path())) {
                        skipped.add(f.display());
                    } else {
                        matched.add(f);
                    }
                }
                // A glob that matches nothing is kept, so that reading it fails loudly instead of vanishing.
                out.addAll(matched.isEmpty() ? List.of(new InputFile(p, arg, arg)) : matched);
            } else {
                out.add(new InputFile(p, arg, p.getFileName() == null ? arg : p.getFileName().toString()));
            }
        }
        return new Expanded(unique(out), skipped);
    }

    private static boolean notAForm(Path f) {
        return f.getFileName() != null && NOT_FORMS.matches(f.getFileName());
    }

    /**
     * Form ids must be unique in a run: files whose short id base collides (two {@code forms.txt} in
     * different folders) all take the path as given instead, so that no waiver or baseline entry
     * written for one silently applies to the other; the same path given twice is numbered.
     */
    private static List<InputFile> unique(List<InputFile> files) {
        Map<String, Integer> bases = new HashMap<>();
        files.forEach(f -> bases.merge(f.idBase(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<InputFile> out = new ArrayList<>(files.size());
        for (InputFile f : files) {
            String base = bases.get(f.idBase()) > 1 ? f.display() : f.idBase();
            int n = seen.merge(base, 1, Integer::sum);
            out.add(n == 1 && base.equals(f.idBase()) ? f : new InputFile(f.path(), f.display(), n == 1 ? base : base + "~" + n));
        }
        return out;
    }

    /** A glob such as {@code forms/**}{@code /*.txt}: the fixed leading directories are walked. */
    private static List<InputFile> glob(String pattern) {
        String norm = slashes(pattern);
        int wild = norm.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = norm.indexOf(c);
            if (i >= 0) {
                wild = Math.min(wild, i);
            }
        }
        int slash = norm.lastIndexOf('/', wild);
        Path root = slash < 0 ? Path.of(".") : Path.of(norm.substring(0, slash + 1));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + norm);
        List<InputFile> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        for (FolderWalk.Entry e : FolderWalk.of(root)) {
            Path shown = slash < 0 ? root.relativize(e.path()) : e.path();
            // a folder that could not be listed is named when the pattern could have matched inside it
            if (m.matches(shown) || e.unlisted() != null && norm.contains("**")) {
                String display = slashes(shown.toString());
                out.add(new InputFile(e.path(), display, display, e.unlisted()));
            }
        }
        return out;
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }
}
