package dev.selfeval.support;

import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.load.RuleLoader;
import dev.selfeval.engine.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's rules/ folder, compiled once for all tests, and copies of it to edit. */
public final class Rules {
    public static final Path DIR = Path.of("rules");
    private static RuleSet shared;

    private Rules() {
    }

    public static synchronized RuleSet shipped() {
        if (shared == null) {
            try {
                shared = RuleLoader.load(DIR);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public static Auditor auditor() {
        return new Auditor(shipped());
    }

    /**
     * A copy of rules/ under {@code target}, for tests that edit rules or parameters; without the
     * rule-test cases ({@code tests/}), which rules check would otherwise run on every copy.
     */
    public static Path copy(Path target) {
        return copy(target, false);
    }

    /** A copy of rules/ with its rule-test cases, for tests of what rules check and rules test make of them. */
    public static Path copyWithCases(Path target) {
        return copy(target, true);
    }

    private static Path copy(Path target, boolean cases) {
        try (Stream<Path> s = Files.walk(DIR)) {
            for (Path p : s.filter(p -> cases || !DIR.relativize(p).startsWith("tests")).toList()) {
                Path to = target.resolve(DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one exact text in a file (it must occur exactly once). */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException("not exactly once in " + file + ": " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
