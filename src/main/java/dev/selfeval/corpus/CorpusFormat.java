package dev.selfeval.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file formats a corpus can be written in. Every form is first written in the seed's text
 * layout ({@link SeedTextWriter}); the other formats lay those rows out as a workbook sheet, a Word
 * table or a ruled PDF page per form, so a seed gives the same forms and faults in every format.
 */
public enum CorpusFormat {
    TEXT("txt"), XLSX("xlsx"), DOCX("docx"), PDF("pdf");

    final String extension;

    CorpusFormat(String extension) {
        this.extension = extension;
    }

    /** Writes the forms (each the rows of one form, its cells split) of one file. */
    void write(List<List<List<String>>> forms, Path file) throws IOException {
        switch (this) {
            case XLSX -> WorkbookWriter.write(forms, file);
            case DOCX -> DocxWriter.write(forms, file);
            case PDF -> PdfWriter.write(forms, file);
            case TEXT -> throw new IllegalStateException("text is written as it is generated");
        }
    }

    /** The rows of a form written in the seed's text layout, each split into its cells. */
    static List<List<String>> rows(String text) {
        return text.lines().map(l -> List.of(l.split("\t", -1))).map(CorpusFormat::trimmed).toList();
    }

    private static List<String> trimmed(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return cells.subList(0, n);
    }

    /** The format a command line names (text, xlsx, docx, pdf, in any case); null when it names none. */
    public static CorpusFormat named(String name) {
        for (CorpusFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }
}
