package dev.selfeval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packages depend one way: model ← ingest ← engine ← report, store ← web ← cli (corpus: on nothing); inside
 * engine: engine ← engine.load ← engine.run ← engine.explain ← engine.authoring. Inside
 * ingest, the pipeline file → format reader → grid → parser: the format readers (text, xlsx, docx,
 * pdf) know the grid and nothing else of ingest, the parser knows the grid and the templates (the
 * layouts it reads by), and only the ingest package itself puts them together.
 */
class ConventionsTest {
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", List.of()),
            Map.entry("ingest", List.of("model", "ingest.grid", "ingest.json", "ingest.parse", "ingest.text",
                    "ingest.xlsx", "ingest.docx", "ingest.pdf", "ingest.csv", "ingest.template", "ingest.yaml")),
            Map.entry("ingest.yaml", List.of("model")),
            Map.entry("ingest.template", List.of("model", "ingest.yaml")),
            Map.entry("ingest.grid", List.of("model")),
            Map.entry("ingest.text", List.of("model", "ingest.grid")),
            Map.entry("ingest.xlsx", List.of("model", "ingest.grid")),
            Map.entry("ingest.docx", List.of("model", "ingest.grid")),
            Map.entry("ingest.csv", List.of("model", "ingest.grid")),
            Map.entry("ingest.pdf", List.of("model", "ingest.grid")),
            Map.entry("ingest.parse", List.of("model", "ingest.grid", "ingest.template")),
            Map.entry("ingest.json", List.of("model", "ingest.grid", "ingest.yaml")),
            // engine: what the rules see and a run holds; then loading a rules folder, running forms,
            // explaining them, testing rules, each on the ones before it
            Map.entry("engine", List.of("model", "ingest", "ingest.grid", "ingest.json", "ingest.template", "ingest.yaml")),
            Map.entry("engine.load", List.of("model", "ingest", "ingest.grid", "ingest.json", "ingest.template", "ingest.yaml", "engine")),
            Map.entry("engine.run", List.of("model", "ingest", "ingest.grid", "ingest.json", "ingest.template", "ingest.yaml", "engine",
                    "engine.load")),
            Map.entry("engine.explain", List.of("model", "engine", "engine.run")),
            Map.entry("engine.authoring", List.of("model", "ingest", "ingest.grid", "ingest.json", "ingest.template", "ingest.yaml", "engine",
                    "engine.load", "engine.run", "engine.explain")),
            Map.entry("report", List.of("model", "engine", "engine.run", "engine.explain")),
            // store: runs kept in a database (audit --save), beside report: both take a run's forms as they are written
            Map.entry("store", List.of("model", "engine", "engine.run", "engine.explain")),
            // web: the workbench (selfeval serve), beside cli: both drive the pipeline and read the store
            Map.entry("web", List.of("model", "ingest", "ingest.grid", "ingest.template", "engine", "engine.load", "engine.run",
                    "engine.explain", "engine.authoring", "report", "store")),
            Map.entry("cli", List.of("model", "ingest", "ingest.grid", "ingest.json", "ingest.template", "ingest.yaml", "engine",
                    "engine.load", "engine.run", "engine.explain", "engine.authoring", "report", "store", "corpus", "web")),
            Map.entry("corpus", List.of()));
    private static final Pattern IMPORT = Pattern.compile("dev\\.selfeval\\.((?:ingest\\.|engine\\.)?\\w+)\\.[A-Z]");
    private static final Path ROOT = Path.of("src/main/java/dev/selfeval");

    @Test
    void packagesDependOneWay() throws Exception {
        List<String> breaches = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = ROOT.relativize(p.getParent()).toString().replace('/', '.');
                List<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    breaches.add(p + " is in a package this test does not know");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(p));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used)) {
                        breaches.add(p + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), breaches.stream().distinct().toList());
    }
}
