package dev.selfeval.ingest;

import dev.selfeval.ingest.docx.DocxGridReader;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Word files a few kilobytes packed that would take the whole run: a merged cell spans no more
 * columns than its table has, a document of more table cells than any file of forms is refused, and
 * a zip bomb is refused in words the auditor reads.
 */
class HostileWordTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String SPAN = "<w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr>";

    /** A .docx of the body {@code body} writes (the elements inside {@code <w:body>}), as no word processor writes one. */
    private static byte[] docx(RawXlsx.Part body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", w -> w.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
            entry(zip, "_rels/.rels", w -> w.write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>"));
            entry(zip, "word/document.xml", w -> {
                w.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body>");
                body.write(w);
                w.write("</w:body></w:document>");
            });
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, RawXlsx.Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part.write(w);
        w.flush();
        zip.closeEntry();
    }

    private static String cell(String text) {
        return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    private static List<List<String>> texts(Grid g) {
        return g.rows().stream().map(r -> r.cells().stream().map(c -> (c.merged() ? "~" : "") + c.text()).toList()).toList();
    }

    /** Spans of two billion columns (6 GB of cells) and as many columns left empty before a row: as wide as the table's grid. */
    @Test
    void aSpanOfTwoBillionColumnsIsClampedToTheTableGrid() throws Exception {
        byte[] file = docx(w -> w.write("<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr><w:tc>" + SPAN + "<w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"2000000000\"/></w:trPr>" + cell("某局") + "</w:tr>"
                + "<w:tr>" + cell("年度") + cell("2023") + cell("完成") + "</w:tr></w:tbl>"));
        assertEquals(List.of(List.of("项目名称", "~项目名称", "~项目名称"), List.of("", "", "", "某局"), List.of("年度", "2023", "完成")),
                texts(DocxGridReader.read(file, "h.docx").get(0)));
    }

    /** A table without a grid: a span is at most 63 columns, Word's own limit. */
    @Test
    void aSpanInATableWithoutAGridIsClampedToWordsColumnLimit() throws Exception {
        byte[] file = docx(w -> w.write("<w:tbl><w:tr><w:tc>" + SPAN + "<w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
        List<String> expected = new ArrayList<>(List.of("备注"));
        expected.addAll(Collections.nCopies(62, "~备注"));
        assertEquals(List.of(expected), texts(DocxGridReader.read(file, "h.docx").get(0)));
    }

    /** 400 tables of 40 rows, each row one cell spanning the whole grid of 63 columns: past a million positions, refused. */
    @Test
    void moreTableCellsThanAnyFileOfFormsIsRefused() throws Exception {
        byte[] file = docx(w -> {
            for (int t = 1; t <= 400; t++) {
                w.write("<w:tbl>");
                for (int r = 1; r <= 40; r++) {
                    w.write("<w:tr><w:tc>" + SPAN + "<w:p><w:r><w:t>" + t + "." + r + "</w:t></w:r></w:p></w:tc></w:tr>");
                }
                w.write("</w:tbl>");
            }
        });
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> DocxGridReader.read(file, "h.docx"));
        assertEquals("Word 文件的表格超过 1000000 格（读到表 397 第 34 行），已拒绝读取（请拆分为多个文件，再审核）", e.getMessage());
    }

    /**
     * 100,000 rows in one table, cells in one row, paragraphs in one cell, pieces of text in one run:
     * POI's model of each takes time growing with the square of their number (minutes), so they are
     * refused before POI builds it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rows|<w:tbl>|<w:tr><w:tc><w:p/></w:tc></w:tr>|</w:tbl>|Word 文件的表格（文档中第 1 个）超过 2000 行，已拒绝读取（一张自评表只有二三十行；请把表格拆开，或拆分为多个文件，再审核）",
        "cells|<w:tbl><w:tr>|<w:tc><w:p/></w:tc>|</w:tr></w:tbl>|Word 文件的表格（文档中第 1 个）有一行超过 200 个单元格，已拒绝读取（Word 的表格最多 63 列；请检查文件是否由程序生成出错）",
        "paragraphs|<w:tbl><w:tr><w:tc>|<w:p/>|</w:tc></w:tr></w:tbl>|Word 文件的表格（文档中第 1 个）有一个单元格超过 1000 段，已拒绝读取（请检查文件是否由程序生成出错）",
        "texts|<w:p><w:r>|<w:t/>|</w:r></w:p>|Word 文件中有一段文字被拆成超过 1000 个片段（w:t），已拒绝读取（请检查文件是否由程序生成出错，或在 Word 中另存后再审核）"})
    void aShapePoiWouldTakeMinutesToBuildIsRefused(String what, String open, String repeated, String close, String message) throws Exception {
        byte[] file = docx(w -> {
            w.write(open);
            for (int i = 0; i < 100_000; i++) {
                w.write("<!--" + i + "-->" + repeated); // numbered, or the part would pack like a zip bomb
            }
            w.write(close);
        });
        assertEquals(message, assertThrows(UnreadableInputException.class, () -> DocxGridReader.read(file, "h.docx")).getMessage());
    }

    /** Four megabytes of spaces in the document packed into a few kilobytes: POI's zip-bomb guard refuses it, in Chinese. */
    @Test
    void aZipBombIsRefusedInChinese() throws Exception {
        String spaces = " ".repeat(1 << 20);
        byte[] file = docx(w -> {
            w.write("<w:p><w:r><w:t>项目支出绩效自评表</w:t></w:r></w:p>");
            for (int i = 0; i < 4; i++) {
                w.write(spaces);
            }
        });
        FileResult r = FormReaders.read(file, "h.docx", "h.docx", null, Format.DOCX, Fixtures.templates());
        assertEquals("h.docx: Word 文件解压后的大小与文件大小极不相称（疑似压缩炸弹），已拒绝读取", r.errorMessage());
    }
}
