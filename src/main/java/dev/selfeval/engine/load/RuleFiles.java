package dev.selfeval.engine.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.selfeval.ingest.TextDecoder;
import dev.selfeval.ingest.grid.UnreadableInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a rules folder: every {@code *.drl}, the {@code parameters.yaml} and the form layouts
 * in {@code templates/*.yaml}, in path order.
 * The folder is a directory on disk (what auditors edit) or the copy bundled in the jar.
 */
public record RuleFiles(String dir, List<RuleFile> files) {

    public static final String PARAMETERS = "parameters.yaml";
    public static final String TEMPLATES = "templates/";
    /** The rules folder's rule-test cases: read by rules test and rules check, never loaded as rules. */
    public static final String TESTS = "tests/";
    public static final String VOCABULARY = "vocabulary.yaml";
    public static final String WORDING = "wording.yaml";

    /**
     * One file: {@code path} as shown in messages ({@code rules/funds.drl}), its bytes (what the
     * fingerprint is made of), and its text in whatever encoding the editor saved it
     * ({@link TextDecoder#handWritten}); {@code unreadable} says why there is no text (null: there is).
     */
    public record RuleFile(String path, String relative, byte[] bytes, String text, String unreadable, int line) {

        /**
         * The file at {@code file}; one that is no plain file (a named pipe, a device, a socket) is not
         * opened, as reading it could wait for ever, and one larger than any rule file is not read:
         * both are unreadable.
         */
        static RuleFile read(String path, String relative, Path file) throws IOException {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return new RuleFile(path, relative, new byte[0], "", TextDecoder.NOT_A_PLAIN_FILE
                        + "；请删除它，或把规则存成普通的 .drl 文件", 0);
            }
            try {
                return of(path, relative, TextDecoder.handWrittenBytes(file));
            } catch (UnreadableInputException e) {
                return new RuleFile(path, relative, new byte[0], "", e.getMessage(), 0);
            }
        }

        static RuleFile of(String path, String relative, byte[] bytes) {
            try {
                return new RuleFile(path, relative, bytes, TextDecoder.handWritten(bytes), null, 0);
            } catch (UnreadableInputException e) {
                return new RuleFile(path, relative, bytes, "", e.getMessage(), e.line());
            }
        }

        public boolean drl() {
            return relative.endsWith(".drl");
        }

        public boolean parameters() {
            return relative.equals(PARAMETERS);
        }

        /** The cell vocabulary: {@code vocabulary.yaml}. */
        public boolean vocabulary() {
            return relative.equals(VOCABULARY);
        }

        /** How explain words conditions: {@code wording.yaml}. */
        public boolean wording() {
            return relative.equals(WORDING);
        }

        /** A form layout: {@code templates/*.yaml}. */
        public boolean template() {
            return relative.startsWith(TEMPLATES) && relative.endsWith(".yaml");
        }
    }

    /**
     * The same files with one replaced by its path below the folder ({@code funds.drl}): an edit not yet
     * saved. A path that is none of the rule files (a rule-test case) leaves them as they are.
     */
    public RuleFiles with(String relative, byte[] bytes) {
        List<RuleFile> all = new ArrayList<>(files.size());
        for (RuleFile f : files) {
            all.add(f.relative().equals(relative) ? RuleFile.of(f.path(), relative, bytes) : f);
        }
        return new RuleFiles(dir, all);
    }

    /** These rules plus more DRL files (a rule test case's own rules). */
    public RuleFiles plus(List<Path> drlFiles) throws IOException {
        List<RuleFile> all = new ArrayList<>(files);
        for (Path p : drlFiles) {
            String shown = p.toString().replace('\\', '/');
            all.add(RuleFile.read(shown, "+" + shown, p));
        }
        return new RuleFiles(dir, all);
    }

    /**
     * The same files with {@code overrides} on top of the parameters (shaped as parameters.yaml, merged
     * as a template's parameters are): a rule-test case's own thresholds.
     */
    public RuleFiles withParameters(Map<String, Object> overrides) throws RuleLoadException {
        List<RuleFile> all = new ArrayList<>();
        for (RuleFile f : files) {
            if (f.parameters()) {
                try {
                    String text = ParamsReader.merged(f.text(), overrides);
                    all.add(new RuleFile(f.path(), f.relative(), text.getBytes(StandardCharsets.UTF_8), text, null, 0));
                } catch (JsonProcessingException e) {
                    throw new RuleLoadException(new LoadError(f.path(), 0, 0, "用例的 params 无法与参数文件合并：" + e.getOriginalMessage()));
                }
            } else {
                all.add(f);
            }
        }
        return new RuleFiles(dir, all);
    }

    public static RuleFiles of(Path dir) throws IOException {
        String shown = dir.toString().replace('\\', '/');
        return new RuleFiles(shown, read(dir, shown));
    }

    /** The rules copied into the jar at build time (used when there is no ./rules). */
    public static RuleFiles bundled() throws IOException {
        URL url = RuleFiles.class.getResource("/rules/" + PARAMETERS);
        if (url == null) {
            throw new IOException("the jar has no bundled rules");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return new RuleFiles("(bundled) rules", read(fs.getPath("/rules"), "(bundled) rules"));
            }
            return new RuleFiles("(bundled) rules", read(Path.of(uri).getParent(), "(bundled) rules"));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<RuleFile> read(Path dir, String shown) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("规则目录不存在：" + shown);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            // files, and whatever else is there but a folder (a named pipe: refused by name, not skipped)
            List<Path> paths = s.filter(p -> Files.isRegularFile(p) || Files.exists(p) && !Files.isDirectory(p))
                    .filter(p -> {
                        String rel = dir.relativize(p).toString().replace('\\', '/');
                        // tests/ holds the rule-test cases (forms, expectations, a case's own rule files): not rules
                        return !rel.startsWith(TESTS) && (rel.endsWith(".drl") || rel.equals(PARAMETERS) || rel.equals(VOCABULARY)
                                || rel.equals(WORDING) || rel.startsWith(TEMPLATES) && rel.endsWith(".yaml"));
                    })
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
            List<RuleFile> out = new ArrayList<>();
            for (Path p : paths) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                out.add(RuleFile.read(shown + "/" + rel, rel, p));
            }
            return out;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
