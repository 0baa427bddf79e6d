package dev.selfeval.ingest;

import dev.selfeval.ingest.json.FormJson;
import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real published forms of fixtures/provinces read field by field: each form as canonical JSON
 * is the file under fixtures/provinces-json (checked by hand against the published form: header,
 * fund lines, goals, every indicator cell, the total, what could not be read).
 */
class ProvinceFormsTest {
    private static final Path DIR = Fixtures.ROOT.resolve("provinces");
    private static final Path JSON = Fixtures.ROOT.resolve("provinces-json");

    static Stream<Path> forms() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void readsAsChecked(Path file) throws Exception {
        List<Form> forms = Fixtures.read(file).forms();
        String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
        for (Form f : forms) {
            String n = f.id().substring(f.id().indexOf('#') + 1);
            Path json = JSON.resolve(stem + "." + n + ".json");
            assertEquals(Files.readString(json), new String(FormJson.write(f), StandardCharsets.UTF_8), json.toString());
        }
        try (Stream<Path> s = Files.list(JSON)) {
            assertEquals(forms.size(), s.filter(p -> p.getFileName().toString().startsWith(stem + ".")).count());
        }
    }
}
