package dev.selfeval.engine.authoring;

import dev.selfeval.ingest.TextDecoder;
import dev.selfeval.ingest.grid.UnreadableInputException;

import dev.selfeval.ingest.yaml.StrictYaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads rule test cases: every {@code *.expect.yaml} under a folder, each beside its form
 * ({@code name.txt} or {@code name.json}). A malformed case file is an error with file and line.
 */
public final class RuleCaseFile {
    static final String SUFFIX = ".expect.yaml";

    record Doc(String description, String template, Map<String, Integer> expect, List<DetailDoc> findings,
               List<String> addRules, String waivers, RuleCase.Reading reading, Map<String, Object> params) {
    }

    record DetailDoc(String ruleId, String severity, Integer line, String place, String field, String expected,
                     String actual, String messageContains) {
    }

    /** A case file that cannot be used, as {@code file:line: message}. */
    public static final class CaseException extends Exception {
        public CaseException(String message) {
            super(message);
        }
    }

    private RuleCaseFile() {
    }

    /** The case's forms: the files beside it named {@code stem.<extension>}, in any format, in name order. */
    private static List<Path> formsBeside(Path caseFile, String stem) throws IOException {
        Path dir = caseFile.toAbsolutePath().getParent();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(stem + ".") && !n.endsWith(SUFFIX) && n.indexOf('.', stem.length() + 1) < 0
                        && Files.isRegularFile(p);
            }).sorted().map(p -> caseFile.resolveSibling(p.getFileName())).toList();
        }
    }

    /**
     * The cases a case file states: one for each form beside it ({@code x.txt} and {@code x.xlsx} both
     * run against {@code x.expect.yaml}). The first form in name order is held to every pin; the
     * others to all but the places, which their file kind writes its own way ({@link RuleCase#withForm}).
     */
    public static List<RuleCase> readAll(Path file) throws CaseException {
        RuleCase first = read(file);
        List<RuleCase> out = new ArrayList<>(List.of(first));
        try {
            for (Path form : formsBeside(file, stem(file))) {
                if (!form.equals(first.formFile())) {
                    out.add(first.withForm(form));
                }
            }
        } catch (IOException e) {
            throw new CaseException(file + ": 无法列出用例所在的文件夹：" + e.getMessage());
        }
        return out;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The cases under {@code root} (a folder, or one case file), in path order. */
    public static List<Path> discover(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    public static RuleCase read(Path file) throws CaseException {
        String shown = file.toString().replace('\\', '/');
        String text;
        try {
            text = TextDecoder.handWritten(file);
        } catch (UnreadableInputException e) {
            throw new CaseException(shown + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage());
        }
        Doc doc;
        try {
            doc = StrictYaml.read(text, Doc.class, "用例顶层").value();
        } catch (StrictYaml.Invalid e) {
            throw new CaseException(shown + ":" + e.at() + ": " + e.message("用例"));
        }
        if (doc == null || doc.expect() == null || doc.expect().isEmpty()) {
            throw new CaseException(shown + ": 用例缺少 expect（规则编号: 次数）");
        }
        String stem = stem(file);
        Path form;
        try {
            List<Path> forms = formsBeside(file, stem);
            form = forms.isEmpty() ? null : forms.get(0);
        } catch (IOException e) {
            throw new CaseException(shown + ": 无法列出用例所在的文件夹：" + e.getMessage());
        }
        if (form == null) {
            throw new CaseException(shown + ": 找不到用例表格 " + stem + ".*（.txt、.json、.xlsx、.xls、.docx 或 .pdf）");
        }
        List<RuleCase.Detail> details = new ArrayList<>();
        if (doc.findings() != null) {
            for (DetailDoc d : doc.findings()) {
                details.add(new RuleCase.Detail(d.ruleId(), d.severity(), d.line(), d.place(), d.field(), d.expected(),
                        d.actual(), d.messageContains()));
            }
        }
        List<Path> extra = new ArrayList<>();
        if (doc.addRules() != null) {
            for (String r : doc.addRules()) {
                extra.add(file.resolveSibling(r));
            }
        }
        Path parent = file.getParent();
        String caseName = (parent == null ? "" : parent.getFileName() + "/") + stem;
        return new RuleCase(caseName, file, form, doc.description(), doc.template(), new LinkedHashMap<>(doc.expect()),
                details, extra,
                doc.waivers() == null ? null : file.resolveSibling(doc.waivers()), doc.reading(),
                doc.params() == null ? Map.of() : doc.params());
    }
}
