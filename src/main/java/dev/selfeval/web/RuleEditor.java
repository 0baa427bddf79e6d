package dev.selfeval.web;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.authoring.RuleCaseRunner;
import dev.selfeval.engine.authoring.SampleReading;
import dev.selfeval.engine.authoring.SampleRun;
import dev.selfeval.engine.load.LoadError;
import dev.selfeval.engine.load.RuleFiles;
import dev.selfeval.engine.load.RuleLoadException;
import dev.selfeval.engine.load.RuleLoader;
import dev.selfeval.engine.load.UnsafeCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The rules folder edited in the browser: its files listed and read (only inside the folder, only
 * rule, parameter, template, vocabulary, wording and case files), an edit checked as {@code rules check}
 * checks a folder (compiled with the unsafe-code check on, every rule run on the bundled sample), the
 * rule-test cases run on it, and the file written in place (atomically).
 */
final class RuleEditor {
    /** One thing wrong with an edit, at its file, line and column (0: unknown), in Chinese. */
    record Diagnostic(String file, int line, int column, String message) {
    }

    /** An edit ({@code content} for {@code file}) checked: what is wrong with it, and the rules it makes when nothing is. */
    record Checked(String file, String content, List<Diagnostic> diagnostics, RuleFiles files, RuleSet rules) {
        boolean ok() {
            return rules != null && diagnostics.isEmpty();
        }
    }

    /** The rule-test cases' results on an edit. */
    record Cases(int passed, int failed, List<String> failures) {
    }

    private static final List<String> KINDS = List.of(".drl", ".yaml", ".yml", ".txt", ".json");
    private static final long MOST = 2 << 20;
    /** The folder's rule-test cases. */
    private static final String TESTS = "tests";

    private final Path dir;
    /** Held for the whole of a save: two saves at once would lose one or leave the other's rules in force. */
    final java.util.concurrent.locks.ReentrantLock saving = new java.util.concurrent.locks.ReentrantLock();

    /** @param dir the rules folder (a real path) */
    RuleEditor(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The editable files, as paths below the folder, rule files first. */
    List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(RuleEditor::editable)
                    .sorted((a, b) -> a.contains("/") != b.contains("/") ? (a.contains("/") ? 1 : -1) : a.compareTo(b)).toList();
        }
    }

    String read(String relative) throws IOException {
        return Files.readString(file(relative), StandardCharsets.UTF_8);
    }

    /** The edit checked against the rest of the folder as it is on disk. */
    Checked check(String relative, String content) throws IOException {
        file(relative);
        RuleFiles edited = RuleFiles.of(dir).with(relative, content.getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> found = new ArrayList<>();
        RuleSet rules = null;
        try {
            UnsafeCode.check(edited, false); // editing in the browser is running code on this machine: never allowed here
            // compiled rules kept from an earlier load of the same DRL text are used: an edit of the parameters,
            // templates or wording, or a page opened on the rules in force, costs no compile; a DRL edit compiles
            rules = RuleLoader.load(edited, true);
        } catch (RuleLoadException e) {
            for (LoadError le : e.errors()) {
                found.add(new Diagnostic(below(le.file()), le.line(), le.column(), le.message()));
            }
            return new Checked(relative, content, found, edited, null);
        }
        for (SampleRun.Broken b : SampleRun.run(rules)) {
            found.add(new Diagnostic(below(b.rule().file()), b.rule().line(), 0, "规则 " + b.rule().id() + " 在样本表上运行出错（"
                    + b.forms() + " 张表，首张 " + b.firstForm() + "）：" + b.message() + "。" + b.hint()));
        }
        if (found.isEmpty()) { // as rules check: the templates must still read the sample forms
            SampleReading.problems(rules).forEach(p -> found.add(new Diagnostic("", 0, 0, p)));
        }
        return new Checked(relative, content, found, edited, rules);
    }

    /**
     * The folder's rule-test cases ({@code tests/}) run on an edit that checked. An edit of a case
     * runs as edited: on a copy of the cases with the edit in it, the folder left as it is.
     */
    Cases cases(Checked edit) throws IOException {
        Path tests = dir.resolve(TESTS);
        if (!Files.isDirectory(tests)) {
            return new Cases(0, 0, List.of());
        }
        Path edited = file(edit.file());
        if (!edited.startsWith(tests)) {
            return cases(edit, tests, UnaryOperator.identity());
        }
        Path copy = Files.createTempDirectory("selfeval-cases");
        try {
            try (Stream<Path> s = Files.walk(tests)) {
                for (Path p : s.toList()) {
                    Files.copy(p, copy.resolve(dir.relativize(p).toString()));
                }
            }
            Files.writeString(copy.resolve(dir.relativize(edited).toString()), edit.content(), StandardCharsets.UTF_8);
            // the failures name the case files where they are in the folder, not in the copy
            return cases(edit, copy.resolve(TESTS), text -> text.replace(copy.toString(), dir.toString()));
        } finally {
            Folders.delete(copy);
        }
    }

    private static Cases cases(Checked edit, Path tests, UnaryOperator<String> shown) throws IOException {
        List<RuleCaseRunner.Result> results = new RuleCaseRunner(edit.files(), edit.rules(), false).withoutWhyNot().runAll(List.of(tests));
        List<String> failures = results.stream().filter(r -> !r.passed())
                .map(r -> shown.apply(r.name() + "：" + String.join("；", r.failures()))).toList();
        return new Cases(results.size() - failures.size(), failures.size(), failures);
    }

    /** Writes the file in place: a new file beside it, moved over the old one, so a reader never sees half. */
    void write(String relative, String content) throws IOException {
        Path target = file(relative);
        Path temp = Files.createTempFile(target.getParent(), ".selfeval-edit", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A path below the folder to one of its editable files; refused when it leaves the folder or is no rules file. */
    Path file(String relative) throws IOException {
        if (relative == null || !editable(relative) || relative.contains("\\") || relative.startsWith("/")) {
            throw new Guard.Refused(400, "「" + relative + "」不是规则文件夹中可编辑的文件（.drl、.yaml、规则测试用例）");
        }
        Path p = dir.resolve(relative).normalize();
        if (!p.startsWith(dir) || !Files.isRegularFile(p) || !p.toRealPath().startsWith(dir) || Files.size(p) > MOST) {
            throw new Guard.Refused(404, "规则文件夹中没有可编辑的文件「" + relative + "」");
        }
        return p;
    }

    private static boolean editable(String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        return KINDS.stream().anyMatch(lower::endsWith) && !relative.startsWith(".") && !relative.contains("/.");
    }

    /** A path as messages show it ({@code rules/funds.drl}), as the path below the folder. */
    private String below(String shown) {
        if (shown == null) {
            return "";
        }
        String s = shown.replace('\\', '/');
        String prefix = dir.toString().replace('\\', '/') + "/";
        if (s.startsWith(prefix)) {
            return s.substring(prefix.length());
        }
        int slash = s.indexOf('/');
        return slash >= 0 && Files.exists(dir.resolve(s.substring(slash + 1))) ? s.substring(slash + 1) : s;
    }
}
