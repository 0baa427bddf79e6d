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

/** The packages depend one way: model ← ingest ← engine ← report ← cli (corpus: on nothing). */
class ConventionsTest {
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "model", List.of(),
            "ingest", List.of("model"),
            "engine", List.of("model", "ingest"),
            "report", List.of("model", "engine"),
            "cli", List.of("model", "ingest", "engine", "report", "corpus"),
            "corpus", List.of());
    private static final Pattern IMPORT = Pattern.compile("dev\\.selfeval\\.(\\w+)\\.");

    @Test
    void packagesDependOneWay() throws Exception {
        List<String> breaches = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/dev/selfeval"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = p.getParent().getFileName().toString();
                Matcher m = IMPORT.matcher(Files.readString(p));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                        breaches.add(p + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), breaches.stream().distinct().toList());
    }
}
