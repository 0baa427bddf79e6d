package dev.selfeval.web;

import dev.selfeval.support.Programs;
import dev.selfeval.store.Database;
import dev.selfeval.store.Passwords;
import dev.selfeval.store.Role;
import dev.selfeval.store.Users;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench in a real browser (Debian's Chromium and ChromeDriver, as .ci/run installs them): an
 * auditor picks the seed and the sample workbook, waits for the run, opens form 5 and finds
 * FUND-OVERSPENT on its cell, clicks the budget line of the ledger for its why-not, drops the seed again,
 * compares the two runs and downloads the workbook; then a rule owner meets a typo's diagnostic at its
 * line, previews a threshold change, saves it with a reason and finds it in the change log; in team mode
 * a rule owner logs in to a save button a viewer does not get, and the viewer's save is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {
    private static final Path SEED = Path.of("fixtures/seed/000_01ee96ef31214bdb.txt").toAbsolutePath();
    private static final Path WORKBOOK = Path.of("fixtures/samples/seed-forms.xlsx").toAbsolutePath();

    @TempDir
    static Path tmp;
    static RunningWorkbench server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        String driver = Programs.onPath("chromedriver");
        String chromium = Programs.onPath("chromium", "chromium-browser", "google-chrome");
        assumeTrue(driver != null && chromium != null, "chromium and chromium-driver are not installed: the browser test is skipped");
        server = new RunningWorkbench(tmp);
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", tmp.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        // htmx swaps parts of the page: an element found a moment ago may be gone, and is looked up again
        wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void anAuditorRunsTheSeedReadsFormFiveComparesRunsAndDownloadsTheWorkbook() throws Exception {
        browser.get(server.base + "/?token=" + RunningWorkbench.TOKEN);
        assertEquals(server.base + "/audit", browser.getCurrentUrl(), "the token leaves the address");
        browser.findElement(By.id("pick-files")).sendKeys(SEED + "\n" + WORKBOOK);
        WebElement result = wait.until(d -> d.findElement(By.id("result-link")));
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("审核完成：20 张表，已保存为运行 "),
                browser.findElement(By.id("status")).getText());
        String first = result.getAttribute("href");
        result.click();

        new Select(browser.findElement(By.name("severity"))).selectByValue("ERROR");
        wait.until(d -> d.findElement(By.cssSelector("#table .count")).getText().equals("共 2 张表"));
        browser.findElement(By.linkText("系统及平台运行维护费")).click();
        WebElement cell = wait.until(d -> d.findElement(By.cssSelector("#form-view td.mark-ERROR")));
        assertEquals("全年执行数 · FUND-OVERSPENT", cell.getAttribute("title"));
        assertEquals("1,500,000", cell.getText().replaceAll("[^0-9,]", ""));
        byte[] page = browser.getScreenshotAs(OutputType.BYTES);
        assertTrue(page.length > 50_000, "a full page, " + page.length + " bytes");

        browser.findElement(By.cssSelector("#form-view tr.lrow[data-item='0']")).click();
        WebElement why = wait.until(d -> {
            WebElement w = d.findElement(By.id("why"));
            return w.getText().contains("未触发的规则及原因") ? w : null;
        });
        assertTrue(why.getText().contains("FUND-OVERSPENT 执行数超过预算数"), why.getText());
        assertTrue(why.getText().contains("FUND-NO-BUDGET 无预算却有执行或执行率：未触发"), why.getText());
        assertChineseIsDrawn();

        browser.get(server.base + "/audit");
        ((JavascriptExecutor) browser).executeScript("var dt = new DataTransfer();"
                + "dt.items.add(new File([arguments[0]], 'seed-again.txt', {type: 'text/plain'}));"
                + "document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
                Files.readString(SEED));
        String second = wait.until(d -> d.findElement(By.id("result-link"))).getAttribute("href");
        assertFalse(second.equals(first));

        browser.get(server.base + "/runs");
        new Select(browser.findElement(By.name("a"))).selectByValue(first.substring(first.lastIndexOf('/') + 1));
        new Select(browser.findElement(By.name("b"))).selectByValue(second.substring(second.lastIndexOf('/') + 1));
        browser.findElement(By.cssSelector("form.compare button")).click();
        assertEquals("新增 2 仍在 36 已解决 12", wait.until(d -> d.findElement(By.cssSelector("p.totals"))).getText());

        browser.get(second);
        browser.findElement(By.linkText("xlsx")).click();
        Path downloads = tmp.resolve("downloads");
        Path xlsx = wait.until(d -> {
            File[] done = downloads.toFile().listFiles((dir, name) -> name.endsWith(".xlsx"));
            return done != null && done.length == 1 ? done[0].toPath() : null;
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            assertEquals(List.of("汇总"), List.of(book.getSheetAt(0).getSheetName()));
        }
    }

    @Test
    @Order(2)
    void aRuleOwnerSeesATypoAtItsLineThenPreviewsSavesAndFindsAThresholdChangeInTheLog() throws Exception {
        browser.get(server.base + "/rules/edit?file=funds.drl");
        String drl = Files.readString(server.rules.resolve("funds.drl"));
        int line = (int) drl.substring(0, drl.indexOf("\nrule ") + 1).lines().count() + 1;
        type(drl.replaceFirst("\nrule ", "\nrulez "));
        WebElement typo = wait.until(d -> d.findElement(By.cssSelector("#diagnostics .diagnostic")));
        assertTrue(typo.getText().startsWith("funds.drl:" + line + ":1  「rulez」处不合规则语法"), typo.getText());
        assertTrue(browser.findElement(By.id("gutter")).getText().contains("● " + line), "the line is marked beside the text");
        assertEquals("package", browser.findElement(By.cssSelector("#shade span.k")).getText(), "DRL keywords coloured");
        assertTrue(browser.findElements(By.cssSelector("#shade span.a")).stream().anyMatch(a -> "@id".equals(a.getAttribute("textContent"))),
                "annotations");

        browser.get(server.base + "/rules/edit?file=parameters.yaml");
        String params = Files.readString(server.rules.resolve("parameters.yaml"));
        type(params.replace("lowExecution: 90 ", "lowExecution: 70 "));
        wait.until(d -> d.findElement(By.cssSelector("#diagnostics .ok")).getText().startsWith("检查通过"));
        browser.findElement(By.cssSelector("#preview-form button")).click();
        WebElement preview = wait.until(d -> d.findElement(By.cssSelector("#preview .preview-rules tbody tr")));
        assertEquals("FUND-LOW-UNEXPLAINED 2 1 -1", preview.getText());
        browser.findElement(By.name("reason")).sendKeys("执行率偏低界限按新文件改为 70");
        browser.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.id("saved")).getText().equals("已保存为变更 1，新规则已启用"));

        browser.get(server.base + "/rules/changes");
        String change = browser.findElement(By.id("change-1")).getText();
        assertTrue(change.contains("理由：执行率偏低界限按新文件改为 70"), change);
        assertTrue(change.contains("-  lowExecution: 90") && change.contains("+  lowExecution: 70"), change);
        assertTrue(change.contains("FUND-LOW-UNEXPLAINED 2 → 1"), change);
    }

    @Test
    @Order(3)
    void inTeamModeARuleOwnerLogsInToSaveAndAViewerFindsNoSaveButtonAndIsRefused() throws Exception {
        Path team = Files.createDirectories(tmp.resolve("team"));
        Database db = Database.open(team.resolve("team.db").toString());
        new Users(db).save("张规则", Passwords.hash("correct horse battery"), Role.RULE_OWNER.key(), false);
        new Users(db).save("李查看", Passwords.hash("correct horse battery"), Role.VIEWER.key(), false);
        try (RunningWorkbench teamServer = new RunningWorkbench(team, db, new Workbench.Team(List.of("127.0.0.1")))) {
            login(teamServer, "张规则");
            browser.get(teamServer.base + "/rules/edit?file=parameters.yaml");
            assertTrue(browser.findElement(By.cssSelector("nav .who")).getText().equals("张规则（规则管理）"));
            assertEquals(1, browser.findElements(By.id("save")).size());
            browser.findElement(By.cssSelector("form.logout button")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/login"));

            login(teamServer, "李查看");
            browser.get(teamServer.base + "/rules/edit?file=parameters.yaml");
            assertEquals(0, browser.findElements(By.id("save")).size(), "no save button for a viewer");
            WebElement text = browser.findElement(By.id("source"));
            assertEquals("rgba(34, 34, 34, 1)", text.getCssValue("color"), "a viewer sees the rule text, not a transparent box");
            assertTrue(text.getAttribute("value").contains("lowExecution"), "the file's text is in the box");
            Object status = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch('/api/rules/save', {method: 'POST', headers: {'X-CSRF-Token': document.querySelector('meta[name=\"csrf-token\"]').content},"
                    + " body: new URLSearchParams({file: 'parameters.yaml', content: 'x', author: 'x', reason: 'x'})}).then(function (r) { done(r.status); });");
            assertEquals(403L, status, "and the server refuses the viewer's save");
        }
    }

    private static void login(RunningWorkbench server, String name) {
        browser.get(server.base + "/");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.findElement(By.name("name")).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys("correct horse battery");
        browser.findElement(By.cssSelector("main.login button")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/audit"));
    }

    /** Replaces the editor's text as typing does: the page hears an input event. */
    private static void type(String text) {
        ((JavascriptExecutor) browser).executeScript("var s = document.getElementById('source'); s.value = arguments[0];"
                + " s.dispatchEvent(new Event('input', {bubbles: true}));", text);
    }

    /**
     * Chinese drawn with a CJK font: two different characters screenshot differently (a missing font
     * draws every character as the same empty box).
     */
    private static void assertChineseIsDrawn() {
        JavascriptExecutor js = browser;
        js.executeScript("['审','核'].forEach(function (c, i) { var s = document.createElement('span'); s.id = 'glyph' + i;"
                + " s.textContent = c; s.style.cssText = 'font-size:48px;background:#fff;color:#000;display:inline-block';"
                + " document.body.prepend(s); });");
        byte[] one = browser.findElement(By.id("glyph0")).getScreenshotAs(OutputType.BYTES);
        byte[] two = browser.findElement(By.id("glyph1")).getScreenshotAs(OutputType.BYTES);
        assertFalse(Arrays.equals(one, two), "审 and 核 are drawn as different glyphs: a CJK font is installed (fonts-noto-cjk)");
    }
}
