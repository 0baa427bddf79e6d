package dev.selfeval.ingest;

import dev.selfeval.support.Fixtures;
import dev.selfeval.support.FormMeaning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ten seed forms as an office suite wrote them in each format read as the text seed reads: field by field. */
class SampleFormatsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-forms.xlsx", "seed-forms.xls", "seed-forms.docx"})
    void eachFormatGivesTheSeedsForms(String name) {
        FileResult r = Fixtures.read(Fixtures.ROOT.resolve("samples").resolve(name));
        assertTrue(r.readable(), r::errorMessage);
        List<List<String>> seed = FormMeaning.of(Fixtures.seedForms());
        List<List<String>> read = FormMeaning.of(r.forms());
        assertEquals(10, read.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(String.join("\n", seed.get(i)), String.join("\n", read.get(i)), name + " form " + (i + 1));
        }
    }
}
