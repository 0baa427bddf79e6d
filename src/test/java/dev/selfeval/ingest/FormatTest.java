package dev.selfeval.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The format of a file is found from its content; the name only tells JSON from text. */
class FormatTest {

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
            "fixtures/samples/seed-forms.xlsx, forms.dat, XLSX",
            "fixtures/samples/seed-forms.xls, forms.xlsx, OLE2",
            "fixtures/samples/seed-forms.docx, forms.xlsx, DOCX",
            "fixtures/samples/seed-forms.pdf, forms.txt, PDF",
            "fixtures/formats/password.xlsx, forms.xlsx, OLE2",
            "fixtures/seed/000_01ee96ef31214bdb.txt, forms.pdf, TEXT",
            "fixtures/seed-json/000_01ee96ef31214bdb.03.json, forms.txt, JSON",
            "fixtures/formats/not-a-workbook.xlsx, forms.xlsx, TEXT"})
    void foundFromTheContent(String file, String name, Format expected) throws Exception {
        assertEquals(expected, Format.of(Files.readAllBytes(Path.of(file)), name));
    }
}
