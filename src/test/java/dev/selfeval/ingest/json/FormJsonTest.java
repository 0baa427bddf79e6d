package dev.selfeval.ingest.json;

import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormJsonTest {

    @Test
    void shippedJsonFixturesAreTheConversionOfTheSeed() throws Exception {
        List<Form> forms = Fixtures.seedForms();
        for (Form f : forms) {
            String n = f.id().substring(f.id().indexOf('#') + 1);
            Path json = Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb." + (n.length() < 2 ? "0" + n : n) + ".json");
            assertEquals(Files.readString(json), new String(FormJson.write(f), StandardCharsets.UTF_8), json.toString());
        }
    }

    @Test
    void readingAndWritingGivesTheSameBytes() throws Exception {
        try (var files = Files.list(Fixtures.SEED_JSON)) {
            for (Path json : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(json);
                List<Form> forms = FormJson.read(new String(bytes, StandardCharsets.UTF_8), Fixtures.templates().vocabulary());
                assertEquals(1, forms.size());
                assertArrayEquals(bytes, FormJson.write(forms.get(0)), json.toString());
            }
        }
    }

    @Test
    void jsonFormEqualsTheTextForm() throws Exception {
        Form text = Fixtures.seedForms().get(2);
        Form json = FormJson.read(Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.03.json")), Fixtures.templates().vocabulary()).get(0);
        assertEquals(text.withoutGrid(), json, "all but the grid as received, which JSON does not carry");
    }

    /** A workbook's forms keep where each row and cell is (sheet, row, column) through JSON, byte for byte. */
    @Test
    void workbookFormsKeepTheirPlaces() throws Exception {
        List<Form> forms = Fixtures.read(Fixtures.ROOT.resolve("samples/seed-forms.xlsx")).forms();
        byte[] written = FormJson.writeAll(forms);
        List<Form> read = FormJson.read(new String(written, StandardCharsets.UTF_8), Fixtures.templates().vocabulary());
        assertEquals(forms.stream().map(Form::withoutGrid).toList(), read);
        assertArrayEquals(written, FormJson.writeAll(read));
        assertEquals("3-政府购买服务人员专项经费!H6", read.get(2).sourceOf(read.get(2).totalFund().line(), "执行率").place());
    }

    /** A funds block with a row per amount: the total's fields keep their own cells (the 执行率 row) through JSON. */
    @Test
    void fieldsReadFromAnotherRowKeepTheirCells() throws Exception {
        Form form = Fixtures.read(java.nio.file.Path.of("rules/tests/FUND-RATE/fires-amounts-in-rows-xlsx.xlsx")).forms().get(0);
        Form read = FormJson.read(new String(FormJson.write(form), StandardCharsets.UTF_8), Fixtures.templates().vocabulary()).get(0);
        assertEquals(form.withoutGrid(), read);
        int line = read.totalFund().line();
        assertEquals("fires-amounts-in-rows!C9", read.sourceOf(line, "执行率").place());
        assertEquals("fires-amounts-in-rows!C6", read.sourceOf(line, "项目资金 年初预算数").place());
        assertEquals("fires-amounts-in-rows 第 5 行", read.sourceOf(line, null).place());
    }

    /** The reasons a form states on rows of their own (a workbook's footer) go through JSON and back. */
    @Test
    void formReasonsGoThroughJson() throws Exception {
        Form form = Fixtures.read(Fixtures.ROOT.resolve("provinces/yunnan-shidian-2019.xlsx")).forms().get(0);
        Form read = FormJson.read(new String(FormJson.write(form), StandardCharsets.UTF_8), Fixtures.templates().vocabulary()).get(0);
        assertEquals(form.withoutGrid(), read);
        assertEquals(1, read.reasons().size());
        assertEquals("偏差大或 目标未完成 原因分析", read.reasons().get(0).label());
        assertTrue(read.reasons().get(0).text().endsWith("资金结余,没有100%执行完毕。"), read.reasons().get(0).text());
        assertEquals("yunnan-shidian-2019 第 22 行", read.sourceOf(read.reasons().get(0).line(), null).place());
    }

    @Test
    void arrayOfFormsReadsAll() throws Exception {
        List<Form> forms = Fixtures.seedForms();
        assertEquals(forms.stream().map(Form::withoutGrid).toList(),
                FormJson.read(new String(FormJson.writeAll(forms), StandardCharsets.UTF_8), Fixtures.templates().vocabulary()));
    }

    @Test
    void wrongTypeNamesTheLine() throws Exception {
        String good = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.03.json"));
        String bad = good.replace("\"executed\": 916392.88", "\"executed\": \"12,3a4\"");
        assertTrue(bad.contains("12,3a4"));
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> FormJson.read(bad, Fixtures.templates().vocabulary()));
        int line = lineOf(bad, "12,3a4");
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("JSON 不符合表格格式："), e.getMessage());
    }

    @Test
    void unknownFieldIsRefused() throws Exception {
        String good = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"));
        String bad = good.replace("\"amountUnit\"", "\"amountUnits\"");
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> FormJson.read(bad, Fixtures.templates().vocabulary()));
        assertEquals(lineOf(bad, "amountUnits"), e.line());
        assertEquals("未知字段「amountUnits」（在 表格顶层 中）；您是否要写 amountUnit", e.getMessage());
        String badIndicator = good.replace("\"reason\": null,\n      \"line\": 16,", "\"reasons\": null,\n      \"line\": 16,");
        UnreadableInputException nested = assertThrows(UnreadableInputException.class, () -> FormJson.read(badIndicator, Fixtures.templates().vocabulary()));
        assertEquals("未知字段「reasons」（在 indicators 中）；您是否要写 reason", nested.getMessage());
        assertEquals(lineOf(badIndicator, "reasons"), nested.line());
    }

    @Test
    void syntaxErrorNamesTheLine() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> FormJson.read("{\n  \"schemaVersion\": 1,\n  \"id\" \"x\"\n}", Fixtures.templates().vocabulary()));
        assertEquals(3, e.line());
    }

    @Test
    void aYearNoFormCanBeOfIsRefused() throws Exception {
        String good = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> FormJson.read(good.replace("\"year\": 2023", "\"year\": -5"), Fixtures.templates().vocabulary()));
        assertEquals("第 1 个表格：header.year 为 -5，应为 1950 到 2100 之间的年度", e.getMessage());
    }

    @Test
    void otherSchemaVersionIsRefused() throws Exception {
        String good = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> FormJson.read(good.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), Fixtures.templates().vocabulary()));
        assertEquals("第 1 个表格：schemaVersion 为 2，本工具只读 1", e.getMessage());
        assertEquals(1, e.line());
    }

    private static int lineOf(String text, String part) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part);
    }
}
