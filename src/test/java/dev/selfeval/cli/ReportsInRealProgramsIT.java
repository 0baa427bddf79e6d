package dev.selfeval.cli;

import dev.selfeval.support.Programs;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.JarRun;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed's reports opened by the programs auditors use: the HTML page in headless Chromium (its DOM
 * after the script ran, a screenshot, a print to PDF), the workbook in LibreOffice. Without Chromium or
 * LibreOffice on the machine these tests are skipped, never passed (.ci/run installs both).
 */
class ReportsInRealProgramsIT {
    private static final Path SEED = Path.of("fixtures/seed/000_01ee96ef31214bdb.txt").toAbsolutePath();
    private static final Pattern WARNING_ROW = Pattern.compile("<tr class=\"finding sev-WARNING\"[^>]*>");
    private static final Pattern ERROR_ROW = Pattern.compile("<tr class=\"finding sev-ERROR\"[^>]*>");

    @TempDir
    static Path tmp;
    private static Path report;

    @BeforeAll
    static void writeTheSeedReport() throws Exception {
        report = tmp.resolve("seed.html");
        JarRun r = JarRun.run(Path.of("."), "audit", SEED.toString(), "--format", "html", "--out", report.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    }

    private static String chromium() {
        String c = Programs.onPath("chromium", "chromium-browser", "google-chrome");
        assumeTrue(c != null, "Chromium is not installed: the browser checks are skipped");
        return c;
    }

    /** Runs a program; returns its stdout. */
    private static String run(List<String> cmd) throws Exception {
        Path out = tmp.resolve("stdout-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "finished: " + cmd);
        assertEquals(0, p.exitValue(), String.join(" ", cmd));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static List<String> headless(String... args) {
        List<String> cmd = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"), "--hide-scrollbars"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String dom(String query) throws Exception {
        return run(headless("--dump-dom", report.toUri() + query));
    }

    @Test
    void theBrowserShowsTenFormsWithTheOverspendOnFormFive() throws Exception {
        String dom = dom("");
        List<String> forms = dev.selfeval.support.HtmlPages.sections(dom);
        assertEquals(10, forms.size());
        assertTrue(forms.get(4).contains("data-rule=\"FUND-OVERSPENT\""), "form 5 shows FUND-OVERSPENT");
        assertTrue(dom.contains("<nav id=\"filters\">"), "the script ran and showed the filters");
        assertTrue(dom.contains("<span id=\"f-shown\">显示 10 张表</span>"));
        assertFalse(WARNING_ROW.matcher(dom).results().anyMatch(m -> m.group().contains("hidden")), "nothing filtered yet");
    }

    @Test
    void theSeverityFilterHidesWarningRows() throws Exception {
        String dom = dom("?severity=ERROR");
        List<String> warnings = WARNING_ROW.matcher(dom).results().map(MatchResult::group).toList();
        assertEquals(31, warnings.size(), "the warnings on the forms (two more are across forms)");
        assertTrue(warnings.stream().allMatch(w -> w.contains(" hidden=\"\"")), "every warning row is hidden");
        List<String> errors = ERROR_ROW.matcher(dom).results().map(MatchResult::group).toList();
        assertEquals(1, errors.size());
        assertFalse(errors.get(0).contains("hidden"), "the error row is shown");
        assertTrue(dom.contains("<span id=\"f-shown\">显示 1 张表</span>"), "only form 5 has an error");
    }

    @Test
    void theTableOfFormsSortsByFindings() throws Exception {
        String dom = dom("?sort=errors");
        List<String> rows = Pattern.compile("<tr class=\"form-row\"[^>]*>\\s*<td><a href=\"#[^\"]+\">([^<]+)</a>").matcher(dom)
                .results().map(m -> m.group(1)).toList();
        assertEquals(10, rows.size());
        assertEquals("000_01ee96ef31214bdb.txt#5", rows.get(0), "the form with the error first: " + rows);
    }

    @Test
    void aBigTableOfFormsShowsAHundredRowsAPage() throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, CliRun.run("gen", "--forms", "250", "--seed", "1", "--out", corpus.toString()).exit());
        Path big = tmp.resolve("big.html");
        JarRun.run(Path.of("."), "audit", corpus.toString(), "--format", "html", "--fail-on", "none", "--out", big.toString());
        String dom = run(headless("--dump-dom", big.toUri().toString()));
        List<String> rows = Pattern.compile("<tr class=\"form-row\"[^>]*>").matcher(dom).results().map(MatchResult::group).toList();
        assertEquals(250, rows.size(), "every form is in the page");
        assertEquals(100, rows.stream().filter(r -> !r.contains("hidden")).count(), "the first page shows 100");
        assertTrue(dom.contains("<span id=\"page-at\">第 1 / 3 页（共 250 张表）</span>"), "and says where it is");
    }

    @Test
    void aScreenshotRendersTheChineseWithACjkFont() throws Exception {
        String fonts = Programs.onPath("fc-list") == null ? "" : run(List.of(Programs.onPath("fc-list"), ":lang=zh", "family"));
        assertFalse(fonts.isBlank(), "a CJK font is installed (else the page shows empty boxes): apt-get install fonts-noto-cjk");
        Path png = tmp.resolve("seed.png");
        run(headless("--window-size=1280,1600", "--screenshot=" + png, report.toUri().toString()));
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 50_000, "a full page, " + bytes.length + " bytes");
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void printingPutsEveryFormOnAtMostTwoPagesOfItsOwn() throws Exception {
        Path pdf = tmp.resolve("seed.pdf");
        run(headless("--no-pdf-header-footer", "--print-to-pdf=" + pdf, report.toUri().toString()));
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                pages.add(strip.getText(doc).strip());
            }
        }
        assertTrue(pages.size() <= 22, pages.size() + " pages");
        assertTrue(pages.get(0).contains("各表一览（按问题从重到轻）"), "the table of forms on page 1");
        List<Integer> starts = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).startsWith("000_01ee96ef31214bdb.txt#")) {
                assertTrue(pages.get(p).startsWith("000_01ee96ef31214bdb.txt#" + (starts.size() + 1) + " "), pages.get(p).lines().findFirst().orElse(""));
                starts.add(p);
            }
        }
        assertEquals(10, starts.size(), "each form starts a page");
        starts.add(pages.size());
        for (int i = 0; i < 10; i++) {
            assertTrue(starts.get(i + 1) - starts.get(i) <= 2, "form " + (i + 1) + " prints on " + (starts.get(i + 1) - starts.get(i)) + " pages");
        }
        String all = String.join("\n", pages);
        assertEquals(10, all.split("各行重算得分之和等于重算总分", -1).length - 1, "each ledger's total row printed once");
    }

    private static String office() {
        String office = Programs.onPath("soffice", "libreoffice");
        assumeTrue(office != null, "LibreOffice is not installed: the workbook checks are skipped");
        return office;
    }

    /** The seed's workbook, written by the jar. */
    private static Path workbook() throws Exception {
        Path book = tmp.resolve("seed.xlsx");
        if (!Files.exists(book)) {
            assertEquals(ExitCodes.FINDINGS, JarRun.run(Path.of("."), "audit", SEED.toString(), "--format", "xlsx",
                    "--out", book.toString()).exit());
        }
        return book;
    }

    /** LibreOffice converts the workbook into {@code dir} ({@code filter}: its --convert-to argument). */
    private static void convert(String filter, Path dir) throws Exception {
        run(List.of(office(), "--headless", "-env:UserInstallation=" + tmp.resolve("office-profile").toUri(),
                "--convert-to", filter, "--outdir", dir.toString(), workbook().toString()));
    }

    @Test
    void libreOfficeConvertsTheWorkbook() throws Exception {
        Path dir = tmp.resolve("office");
        convert("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", dir);
        List<String> rows = Files.readAllLines(dir.resolve("seed-汇总.csv"), StandardCharsets.UTF_8); // values, not as shown
        assertEquals(11, rows.size(), "汇总: a header and ten forms");
        assertEquals(1 + 38, Files.readAllLines(dir.resolve("seed-问题清单.csv"), StandardCharsets.UTF_8).size());
        assertTrue(rows.get(5).startsWith(SEED + ",000_01ee96ef31214bdb.txt#5,系统及平台运行维护费,"), rows.get(5));
        assertEquals(List.of("主管部门,表数,有错误的表,错误,警告,平均重算总分", "上海市宝山区城市网格化综合管理中心,9,1,1,23,76.75",
                "上海市宝山区城市运行管理中心,1,0,0,8,100"), Files.readAllLines(dir.resolve("seed-按部门.csv"), StandardCharsets.UTF_8));
    }

    /**
     * Printed (to PDF) by LibreOffice, 汇总 — eighteen columns — is one page: one page wide, the ten
     * forms on it. Each page has its sheet's name above (the header) and its number below; a sheet
     * over several pages has its header row on each.
     */
    @Test
    void libreOfficePrintsTheSummaryOnOnePageWidth() throws Exception {
        Path dir = tmp.resolve("office-pdf");
        convert("pdf", dir);
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("seed.pdf").toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                pages.add(strip.getText(doc).strip());
            }
        }
        List<String> summary = pages.stream().filter(p -> p.lines().findFirst().orElse("").strip().equals("汇总")).toList();
        assertEquals(1, summary.size(), "汇总 prints on one page: " + pages.stream().map(p -> p.lines().findFirst().orElse("")).toList());
        String page = summary.get(0);
        for (String text : List.of("文件", "无法读取的原因", "000_01ee96ef31214bdb.txt#1", "000_01ee96ef31214bdb.txt#10", "第 1 页")) {
            assertTrue(page.contains(text), "the page shows " + text + ":\n" + page);
        }
        List<String> ledger = pages.stream().filter(p -> p.startsWith("扣分明细")).toList();
        assertTrue(ledger.size() > 1, "the ledger's 84 rows take more than a page: " + ledger.size());
        for (String p : ledger) {
            assertTrue(p.contains("计分规则") && p.contains("本行问题"), "the header row on every page of 扣分明细:\n" + p);
        }
    }
}
