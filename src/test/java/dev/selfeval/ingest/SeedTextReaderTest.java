package dev.selfeval.ingest;

import dev.selfeval.model.Form;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Indicator;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every value of the ten seed forms, field by field, against src/test/resources/seed-expected.txt,
 * a table checked by hand against the seed file. Numbers are compared as written (scale included).
 */
class SeedTextReaderTest {
    private static List<Form> forms;

    @BeforeAll
    static void read() {
        FileResult r = Fixtures.read(Fixtures.SEED);
        assertTrue(r.readable(), () -> r.errorMessage());
        assertEquals("UTF-8", r.encoding());
        forms = r.forms();
    }

    static List<String[]> expected(String kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = SeedTextReaderTest.class.getResourceAsStream("/seed-expected.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(kind + "|")) {
                    out.add(line.split("\\|", -1));
                }
            }
        }
        return out;
    }

    static Stream<Arguments> formRows() throws IOException {
        return expected("FORM").stream().map(e -> Arguments.of((Object) e));
    }

    static Stream<Arguments> fundRows() throws IOException {
        return expected("FUND").stream().map(e -> Arguments.of((Object) e));
    }

    static Stream<Arguments> indicatorRows() throws IOException {
        return expected("IND").stream().map(e -> Arguments.of((Object) e));
    }

    @Test
    void readsTenFormsWithStableIds() throws IOException {
        assertEquals(10, forms.size());
        assertEquals(10, expected("FORM").size());
        assertEquals(4 * 10, expected("FUND").size());
        assertEquals(forms.stream().mapToInt(f -> f.indicators().size()).sum(), expected("IND").size());
        for (int i = 0; i < 10; i++) {
            assertEquals("000_01ee96ef31214bdb.txt#" + (i + 1), forms.get(i).id());
            assertEquals(List.of(), forms.get(i).problems(), "form " + (i + 1) + " read without problems");
        }
    }

    @ParameterizedTest(name = "form {1}: header, goals, total")
    @MethodSource("formRows")
    void headerGoalsAndTotal(String[] e) {
        Form f = forms.get(Integer.parseInt(e[1]) - 1);
        assertEquals(Integer.parseInt(e[2]), f.source().line(), "title line");
        assertEquals(text(e[3]), f.header().projectName());
        assertEquals(text(e[4]), f.header().department());
        assertEquals(text(e[5]), f.header().implementingUnit());
        assertEquals(Integer.valueOf(e[6]), f.header().year());
        assertEquals(e[7], plain(f.total().weight()), "总分 weight");
        assertEquals(e[8], plain(f.total().score()), "总分 score");
        assertEquals(Integer.parseInt(e[9]), f.indicators().size(), "indicator count");
        assertEquals(text(e[10]), f.goals().expected());
        assertEquals(text(e[11]), f.goals().actual());
        assertEquals("元", f.amountUnit());
    }

    @ParameterizedTest(name = "form {1}: fund line {2}")
    @MethodSource("fundRows")
    void fundLines(String[] e) {
        FundLine l = forms.get(Integer.parseInt(e[1]) - 1).fund(FundKind.valueOf(e[2]));
        assertEquals(e[3], plain(l.initialBudget()), "年初预算数");
        assertEquals(e[4], plain(l.annualBudget()), "全年预算数");
        assertEquals(e[5], plain(l.executed()), "全年执行数");
        assertEquals(e[6], plain(l.weight()), "分值");
        assertEquals(e[7], plain(l.rate()), "执行率");
        assertEquals(e[8], plain(l.score()), "得分");
        assertEquals(Integer.parseInt(e[9]), l.line(), "line");
    }

    @ParameterizedTest(name = "form {1} line {2}: indicator")
    @MethodSource("indicatorRows")
    void indicators(String[] e) {
        Form f = forms.get(Integer.parseInt(e[1]) - 1);
        int line = Integer.parseInt(e[2]);
        Indicator i = f.indicators().stream().filter(x -> x.line() == line).findFirst().orElseThrow();
        assertEquals(e[3], i.level1());
        assertEquals(e[4], i.level2());
        assertEquals(e[5], i.name());
        assertEquals(text(e[6]), i.target());
        assertEquals(text(e[7]), i.actual());
        assertEquals(e[8], plain(i.weight()), "分值");
        assertEquals(e[9], plain(i.score()), "得分");
        assertEquals(text(e[10]), i.reason());
    }

    /** Windows (\r\n) and old Mac (\r) line ends give the same forms, lines and all, as \n. */
    @Test
    void lineEndsOfEveryKindGiveTheSameForms() throws Exception {
        String text = java.nio.file.Files.readString(Fixtures.SEED);
        assertEquals(-1, text.indexOf('\r'));
        List<Form> lf = read(text);
        assertEquals(10, lf.size());
        assertEquals(lf, read(text.replace("\n", "\r\n")));
        assertEquals(lf, read(text.replace("\n", "\r")));
        assertEquals(lf, read(text + "\r"), "a last \r ends the last line");
    }

    private static List<Form> read(String text) {
        return FormReaders.read(text.getBytes(StandardCharsets.UTF_8), "seed", "s", null, Format.TEXT, Fixtures.templates()).forms();
    }

    @Test
    void indicatorsKeepFileOrder() {
        for (Form f : forms) {
            for (int i = 0; i < f.indicators().size(); i++) {
                assertEquals(i + 1, f.indicators().get(i).index());
                if (i > 0) {
                    assertTrue(f.indicators().get(i).line() > f.indicators().get(i - 1).line());
                }
            }
        }
    }

    @Test
    void allThreeTotalShapes() {
        assertEquals(24, forms.get(0).total().line(), "总分 alone, numbers on later lines");
        assertEquals(73, forms.get(2).total().line(), "总分 with its numbers in the row");
        assertEquals("99.81", plain(forms.get(7).total().score()), "markdown | 100 | 99.81 |");
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String text(String s) {
        return s.isEmpty() ? null : s;
    }
}
