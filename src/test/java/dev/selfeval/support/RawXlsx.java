package dev.selfeval.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx of one sheet 「表1」 written part by part into a zip stream, as no spreadsheet program
 * writes one: the sheet's XML (and a shared-strings table) as the test streams it, so that a hostile
 * part of many megabytes unpacked is a few kilobytes packed and never held whole.
 */
public final class RawXlsx {
    /** Writes the whole XML of a part. */
    public interface Part {
        void write(Writer out) throws IOException;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private RawXlsx() {
    }

    /** The workbook with its sheet written by {@code sheet} and, when not null, shared strings by {@code strings}. */
    public static byte[] of(Part sheet, Part strings) throws IOException {
        return of(sheet, strings, 1);
    }

    /** The same with {@code names} sheets 「表1」, 「表2」… in the workbook, all of them that one sheet part. */
    public static byte[] of(Part sheet, Part strings, int names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", w -> w.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPES + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPES + "sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPES + "worksheet+xml\"/></Types>"));
            entry(zip, "_rels/.rels", w -> w.write("<?xml version=\"1.0\"?><Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            entry(zip, "xl/workbook.xml", w -> {
                w.write("<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>");
                for (int i = 1; i <= names; i++) {
                    w.write("<sheet name=\"表" + i + "\" sheetId=\"" + i + "\" r:id=\"rId1\"/>");
                }
                w.write("</sheets></workbook>");
            });
            entry(zip, "xl/_rels/workbook.xml.rels", w -> w.write("<?xml version=\"1.0\"?><Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (strings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>"));
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
            if (strings != null) {
                entry(zip, "xl/sharedStrings.xml", strings);
            }
        }
        return bytes.toByteArray();
    }

    /** A worksheet's XML around its rows ({@code <row>} elements) and what follows them ({@code <mergeCells>}). */
    public static Part sheet(Part rows, Part after) {
        return w -> {
            w.write("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            rows.write(w);
            w.write("</sheetData>");
            after.write(w);
            w.write("</worksheet>");
        };
    }

    private static void entry(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part.write(w);
        w.flush(); // not closed: that would close the zip
        zip.closeEntry();
    }
}
