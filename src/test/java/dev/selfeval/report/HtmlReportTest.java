package dev.selfeval.report;

import dev.selfeval.cli.ExitCodes;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.HtmlPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report as written: what it holds, that it reconciles, that it escapes, and what a big run leaves out. */
class HtmlReportTest {
    private static final Pattern COUNTED = Pattern.compile("class=\"lrow\" id=\"[^\"]+\" data-counted=\"([-0-9.]+)\"");
    private static final Pattern TOTAL = Pattern.compile("class=\"recomputed-total\" data-value=\"([-0-9.]+)\"");

    static String html(Path tmp, String... args) throws Exception {
        Path out = tmp.resolve("r.html");
        List<String> all = new ArrayList<>(List.of("audit", "--format", "html", "--fail-on", "none", "--out", out.toString()));
        all.addAll(List.of(args));
        CliRun r = CliRun.run(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theSeedReportHoldsEveryFormAndItsLedgerAddsUp(@TempDir Path tmp) throws Exception {
        String html = html(tmp, Fixtures.SEED.toString());
        List<String> forms = HtmlPages.sections(html);
        assertEquals(10, forms.size());
        assertTrue(forms.get(4).contains("data-rule=\"FUND-OVERSPENT\""), "form 5 shows FUND-OVERSPENT");
        assertTrue(forms.get(4).contains("系统及平台运行维护费"));
        for (String f : forms) {
            Matcher t = TOTAL.matcher(f);
            assertTrue(t.find(), f.substring(0, 200));
            BigDecimal sum = BigDecimal.ZERO;
            Matcher c = COUNTED.matcher(f);
            while (c.find()) {
                sum = sum.add(new BigDecimal(c.group(1)));
            }
            assertEquals(0, sum.compareTo(new BigDecimal(t.group(1))), "ledger rows add up to the recomputed total");
        }
        assertTrue(html.contains("<td class=\"n\" id=\"count-ERROR\">1</td>"), "overview: one error");
        assertTrue(html.contains("<td class=\"n\" id=\"count-WARNING\">33</td>"));
        assertTrue(html.contains("<td class=\"rule-id\">FUND-OVERSPENT</td><td>执行数超过预算数</td><td>错误</td><td class=\"n\">1</td>"),
                "findings by rule with the rule's title");
        assertEquals(10, html.split("<tr class=\"form-row\"", -1).length - 1, "the table of forms");
        assertFalse(html.contains("class=\"left-out\""), "a small run shows every form");
        List<String> bars = Pattern.compile("<title>([^<]*)：(\\d+) 张</title></rect>").matcher(html).results()
                .map(m -> m.group(1) + " " + m.group(2)).toList();
        assertEquals(List.of("优 8", "良 0", "中 0", "差 2", "重算低 10 分以上 0", "重算低 5–10 分 0", "重算低 1–5 分 0", "重算低不到 1 分 0",
                "重算相同 10", "重算高不到 1 分 0", "重算高 1–5 分 0", "重算高 5 分以上 0"), bars,
                "grade bars best first, then the gap between recomputed and stated totals, as the summary counts them");
        assertFalse(html.contains("相差最大的表"), "every form of the seed adds up: no outlier to name");
        assertTrue(html.contains("<title>上海市宝山区城市网格化综合管理中心：错误 1</title>"), "findings by department");
        List<String> order = Pattern.compile("<tr class=\"form-row\"[^>]*><td><a href=\"#[^\"]+\">[^#]+#(\\d+)</a>").matcher(html)
                .results().map(m -> m.group(1)).toList();
        assertEquals(List.of("5", "2", "1", "4", "7", "8", "3", "6", "9", "10"), order,
                "the table first, worst first: the error, then the most warnings, then by input order");
        assertTrue(html.indexOf("<section id=\"forms\">") < html.indexOf("<section id=\"overview\">"), "the table of forms comes first");
    }

    @Test
    void findingsAndLedgerRowsLinkBothWays(@TempDir Path tmp) throws Exception {
        String form5 = HtmlPages.sections(html(tmp, Fixtures.SEED.toString())).get(4);
        Matcher row = Pattern.compile("<tr class=\"finding sev-ERROR\" id=\"([^\"]+)\"[^>]*>.*?<a href=\"#([^\"]+)\">扣分明细：预算执行率</a>")
                .matcher(form5);
        assertTrue(row.find(), "the FUND-OVERSPENT finding links to the budget row");
        assertTrue(form5.contains("<tr class=\"lrow\" id=\"" + row.group(2) + "\""), "the budget row exists");
        assertTrue(form5.contains("href=\"#" + row.group(1) + "\">FUND-OVERSPENT</a>"), "and links back");
    }

    @Test
    void everyValueFromAFormIsEscapedAndNothingIsFetched(@TempDir Path tmp) throws Exception {
        Path form = tmp.resolve("x.json"); // canonical JSON keeps a text exactly as written
        Files.writeString(form, Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"), StandardCharsets.UTF_8)
                .replace("区域运中心视频会商系统", "<script>alert(1)</script>\\\"'&"), StandardCharsets.UTF_8);
        String html = html(tmp, form.toString());
        assertFalse(html.contains("<script>alert(1)"), "no markup from a form");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"), "escaped");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing from the network");
        assertFalse(html.contains("<link"));
    }

    @Test
    void aBigRunShowsTheFormsAtTheLevelAndSaysWhatItLeftOut(@TempDir Path tmp) throws Exception {
        String html = html(tmp, Fixtures.SEED.toString(), "--html-max-forms", "3");
        List<String> shown = HtmlPages.sections(html).stream().map(f -> f.substring(f.indexOf("form-id\">") + 9, f.indexOf("</span>"))).toList();
        assertEquals(List.of("000_01ee96ef31214bdb.txt#1", "000_01ee96ef31214bdb.txt#2", "000_01ee96ef31214bdb.txt#5"), shown,
                "the three worst forms, in input order");
        assertTrue(html.contains("本页收录 3 张问题达到「警告」及以上的表的明细，按问题从重到轻选取（--html-detail，至多 3 张，--html-max-forms）；"
                + "超出上限未收录 7 张；"), html.substring(html.indexOf("各表一览")));
        assertEquals(10, html.split("<tr class=\"form-row\"", -1).length - 1, "the table lists every form");
        assertTrue(html.contains("<td>000_01ee96ef31214bdb.txt#3</td>"), "a form not shown in full is listed without a link");
        assertTrue(html.contains("<b id=\"form-count\">10</b>"), "the overview counts every form");

        String errors = html(tmp, Fixtures.SEED.toString(), "--html-max-forms", "3", "--html-detail", "error");
        assertEquals(1, HtmlPages.sections(errors).size());
        assertTrue(HtmlPages.sections(errors).get(0).contains("FUND-OVERSPENT"));
        assertTrue(errors.contains("未收录没有达到该级别问题的表 9 张；"));
    }

    @Test
    void aRunOfTwoThousandFormsShowsEveryFormWithAnErrorInFullAndListsEveryForm(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, CliRun.run("gen", "--forms", "2000", "--seed", "1", "--out", corpus.toString()).exit());
        String html = html(tmp, corpus.toString());
        List<String> rows = Pattern.compile("<tr class=\"form-row\"[^>]*data-worst=\"(\\w+)\"[^>]*><td>(?:<a href=\"#[^\"]+\">)?([^<]+)<")
                .matcher(html).results().map(m -> m.group(1) + " " + m.group(2)).toList();
        assertEquals(2000, rows.size(), "every form is in the table");
        List<String> errors = rows.stream().filter(r -> r.startsWith("ERROR ")).map(r -> r.substring(6)).toList();
        assertEquals(357, errors.size(), "forms with an error among the generated ones");
        assertEquals(rows.subList(0, errors.size()), errors.stream().map(e -> "ERROR " + e).toList(), "the forms with an error come first");
        List<String> sections = HtmlPages.sections(html);
        assertEquals(500, sections.size());
        java.util.Set<String> inFull = new java.util.HashSet<>();
        sections.forEach(f -> inFull.add(f.substring(f.indexOf("form-id\">") + 9, f.indexOf("</span>"))));
        assertEquals(List.of(), errors.stream().filter(e -> !inFull.contains(e)).toList(), "every form with an error is shown in full");
    }

    @Test
    void perFormWritesEachFormsOwnReportNamedByItsProjectAndAnIndexWorstFirst(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("units");
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--per-form", dir.toString(), "--format", "json", "--fail-on", "none",
                "--out", tmp.resolve("all.json").toString());
        assertEquals(0, r.exit(), r.err());
        String own = Files.readString(dir.resolve("系统及平台运行维护费.html"), StandardCharsets.UTF_8);
        assertEquals(1, HtmlPages.sections(own).size(), "the form alone");
        assertTrue(own.contains("<b id=\"form-count\">1</b>") && own.contains("data-rule=\"FUND-OVERSPENT\""), "its own page");
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        List<String> links = Pattern.compile("<a href=\"([^\"]+)\">").matcher(index).results().map(m -> m.group(1)).toList();
        assertEquals(10, links.size());
        assertEquals("系统及平台运行维护费.html", links.get(0), "the form with the error first");
        try (var files = Files.list(dir)) {
            assertEquals(11, files.count(), "ten reports and the index");
        }
        Path xlsx = tmp.resolve("books");
        assertEquals(0, CliRun.run("audit", Fixtures.SEED.toString(), "--per-form", xlsx.toString(), "--format", "xlsx", "--fail-on", "none",
                "--out", tmp.resolve("all.xlsx").toString()).exit());
        assertTrue(Files.size(xlsx.resolve("城管通服务费.xlsx")) > 5_000, "a workbook a form");
        assertEquals("城运着装更换_2023", PerFormReports.fileName(row("城运着装更换/2023")), "no folder from a name");
        assertEquals("_CON", PerFormReports.fileName(row("con".toUpperCase())), "no Windows device name");
        assertEquals("项目_", PerFormReports.fileName(row("项目.")), "no trailing dot, which Windows drops");
        assertEquals("𠀀".repeat(60), PerFormReports.fileName(row("𠀀".repeat(70))), "cut at 60 characters, not inside one");
    }

    private static FormRow row(String project) {
        return new FormRow("x#1", "x", "", project, null, null, null, null, null, null, null, null, null, 0, 0, 0, 0, null);
    }

    @Test
    void waivedFindingsStandApartAndTheBaselineChangesAreCounted(@TempDir Path tmp) throws Exception {
        Path old = tmp.resolve("old.jsonl");
        assertEquals(0, CliRun.run("audit", Fixtures.SEED.toString(), "--format", "jsonl", "--fail-on", "none",
                "--out", old.toString()).exit());
        String html = html(tmp, Fixtures.SEED.toString(), "--waivers", "fixtures/waivers/seed.waivers.yaml",
                "--baseline", old.toString());
        String form5 = HtmlPages.sections(html).get(4);
        assertFalse(form5.contains("<tr class=\"finding sev-ERROR\""), "the waived overspend is not among the findings");
        assertTrue(form5.contains("<h3>已豁免</h3>"));
        assertTrue(form5.contains("豁免理由：全年执行数多录一个 0，已由财政局书面更正为 150,000 · 批准：李科长（预算科） · 至 2099-12-31"), form5);
        assertTrue(html.contains("<td class=\"n\" id=\"count-ERROR\">0</td><td class=\"n\">1</td>"), "no error; one waived");
        assertTrue(html.contains("<p>新增 <b>2</b> · 原有 <b>38</b> · 已解决 <b>0</b></p>"), "baseline: the findings on the waivers are new");
        assertTrue(html.contains("<li class=\"sev-WARNING\"><b>警告 WAIVER-EXPIRED</b>：豁免（fixtures/waivers/seed.waivers.yaml:13，"));
        assertTrue(html.contains("<li class=\"sev-INFO\"><b>提示 WAIVER-UNUSED</b>："));
    }

    @Test
    void unreadableFilesAreListedWithTheirReasons(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("fixtures/hostile/empty.txt"), dir.resolve("empty.txt"));
        Path out = tmp.resolve("r.html");
        assertEquals(ExitCodes.INPUT_UNREADABLE, CliRun.run("audit", dir.toString(), "--format", "html", "--out", out.toString()).exit());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("<ul class=\"unreadable\"><li><b>" + dir.resolve("empty.txt") + "</b>：文件为空</li></ul>"), html);
        assertEquals(1, HtmlPages.sections(html).size(), "the file has its section, with its PARSE-UNREADABLE finding");
        assertTrue(HtmlPages.sections(html).get(0).contains("data-rule=\"PARSE-UNREADABLE\""));
    }

    /** The form as received: every cell with the role the reader gave it, the ones it did not know grey, findings on their cells. */
    @Test
    void theFormAsReceivedShowsEachCellsRoleAndTheFindingsOnIt() throws Exception {
        String form = HtmlPages.sections(html(Files.createTempDirectory("html"), "rules/tests/FUND-SUBTOTAL/quiet-unknown-source-row.txt")).get(0);
        assertTrue(form.contains("<p class=\"reading\">读表：读懂率 94.95%（94/99 个单元格） · 只读懂一部分：项目资金 · 没认出：「其中：专项债券资金」</p>"),
                form);
        assertTrue(form.contains("<td class=\"r-unknown mark-WARNING\" title=\"未认出 · PARSE-SKIPPED-ROW\">其中：专项债券资金<sup>PARSE-SKIPPED-ROW</sup></td>"
                + "<td class=\"r-unknown\" title=\"未认出\">200000.00</td>"), form);
        assertTrue(form.contains("<td class=\"r-label\" title=\"标签\">年度资金总额</td><td class=\"r-amount\" title=\"年初预算数\">200000.00</td>"), form);
        assertTrue(form.contains("<td class=\"r-score\" title=\"得分\">9.50</td>"), form);
        assertEquals(99, count(form, "<td class=\"r-") - count(form, "<td class=\"r-blank"), "one cell a non-empty cell of the form");
        assertEquals(5, count(form, "<td class=\"r-unknown"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
