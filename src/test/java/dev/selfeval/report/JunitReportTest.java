package dev.selfeval.report;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `audit --format junit`: valid against the Jenkins JUnit XSD, a test case per form, a failure per ERROR finding. */
class JunitReportTest {

    static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Document audit(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("audit"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "junit", "--fail-on", "none"));
        CliRun r = CliRun.run(all.toArray(String[]::new));
        assertEquals("", r.err());
        assertEquals(List.of(), Schemas.junitProblems(r.out()), r.out());
        return parse(r.out().getBytes(StandardCharsets.UTF_8));
    }

    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element testCase(Document doc, String classname) {
        return elements(doc.getDocumentElement(), "testcase").stream().filter(e -> e.getAttribute("classname").equals(classname))
                .findFirst().orElse(null);
    }

    @Test
    void theSeedIsOneSuiteWithACasePerFormAndOneFailure() throws Exception {
        Document doc = audit(Fixtures.SEED.toString());
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("selfeval audit", suite.getAttribute("name"));
        assertEquals("11", suite.getAttribute("tests"), "ten forms and the run's own case");
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertTrue(suite.getAttribute("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), suite.getAttribute("timestamp"));
        assertTrue(suite.getAttribute("time").matches("\\d+\\.\\d{3}"), suite.getAttribute("time"));
        List<Element> cases = elements(suite, "testcase");
        assertEquals(11, cases.size());
        assertEquals("000_01ee96ef31214bdb.txt#1", cases.get(0).getAttribute("classname"));
        assertEquals("区域运中心视频会商系统", cases.get(0).getAttribute("name"));
        assertEquals(1, elements(suite, "failure").size());
        assertEquals(List.of(), elements(suite, "error"));

        Element overspent = testCase(doc, "000_01ee96ef31214bdb.txt#5");
        assertEquals("系统及平台运行维护费", overspent.getAttribute("name"));
        Element failure = elements(overspent, "failure").get(0);
        assertEquals("FUND-OVERSPENT 执行数超过预算数", failure.getAttribute("message"));
        assertEquals("FUND-OVERSPENT", failure.getAttribute("type"));
        List<String> lines = failure.getTextContent().lines().toList();
        assertEquals("规则：FUND-OVERSPENT 执行数超过预算数（rules/funds.drl:89）", lines.get(0));
        assertEquals("严重程度：错误", lines.get(1));
        assertEquals("位置：项目资金 › 全年执行数（第 106 行）", lines.get(2));
        assertEquals("文件：fixtures/seed/000_01ee96ef31214bdb.txt:106", lines.get(3));
        assertTrue(lines.get(4).startsWith("问题：执行数超过预算数 —— 年度资金总额 全年执行数 1,500,000 > 全年预算数 150,000.00"), lines.get(4));
        assertEquals("应为：150000.00 · 实为：1500000", lines.get(5));
        assertTrue(lines.get(6).startsWith("依据：《预算法》第十三条"), lines.get(6));
        String out = elements(overspent, "system-out").get(0).getTextContent();
        assertTrue(out.startsWith("提示  FORM-QUALITATIVE-HEAVY 定性指标过多  绩效指标 › 年度指标值（第 113 行）\n"), out);
        assertFalse(out.contains("FUND-OVERSPENT"), "the failure is not repeated in the output");

        Element rate = testCase(doc, "000_01ee96ef31214bdb.txt#3");
        assertEquals(List.of(), elements(rate, "failure"), "warnings do not fail a form");
        assertTrue(elements(rate, "system-out").get(0).getTextContent()
                .startsWith("警告  FUND-RATE 执行率与重算不符  项目资金 › 执行率（第 61 行）\n    执行率填报 79.31%"));

        Element run = cases.get(10);
        assertEquals(JunitReporter.RUN_CASE, run.getAttribute("classname"));
        assertEquals(List.of(), elements(run, "failure"));
        assertEquals(2, elements(run, "system-out").get(0).getTextContent().split("SWEEP-SAME-INDICATORS", -1).length - 1);
    }

    @Test
    void theSchemaCatchesWhatIsWrong() throws Exception {
        String xml = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "junit", "--fail-on", "none").out();
        assertEquals(List.of(), Schemas.junitProblems(xml));
        assertFalse(Schemas.junitProblems(xml.replace(" name=\"区域运中心视频会商系统\"", "")).isEmpty(), "a case needs a name");
        assertFalse(Schemas.junitProblems(xml.replace("<properties>", "<property/><properties>")).isEmpty());
        assertFalse(Schemas.junitProblems(xml.replace("</testsuite>", "")).isEmpty(), "not well-formed");
    }

    @Test
    void theRulesOfTheRunAreSuiteProperties() throws Exception {
        Document doc = audit(Fixtures.SEED.toString());
        List<Element> props = elements(doc.getDocumentElement(), "property");
        assertEquals(List.of("rules.dir", "rules.count", "rules.fingerprint", "files", "forms"),
                props.stream().map(p -> p.getAttribute("name")).toList());
        assertEquals("50", props.get(1).getAttribute("value"));
        assertEquals(64, props.get(2).getAttribute("value").length());
    }

    @Test
    void aFileThatCannotBeReadIsACaseWithAnError() throws Exception {
        Document doc = audit(Fixtures.SEED.toString(), "fixtures/formats/corrupt.xlsx");
        Element suite = doc.getDocumentElement();
        assertEquals("12", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        Element corrupt = testCase(doc, "corrupt.xlsx");
        assertEquals("fixtures/formats/corrupt.xlsx", corrupt.getAttribute("name"));
        Element error = elements(corrupt, "error").get(0);
        assertEquals("PARSE-UNREADABLE", error.getAttribute("type"));
        assertTrue(error.getTextContent().contains("Excel 文件已损坏或无法识别"), error.getTextContent());
        assertEquals(List.of(), elements(corrupt, "failure"));
    }

    @Test
    void aWaivedErrorIsNoFailureAndTheWaiversFindingsAreTheRunsCase() throws Exception {
        Document doc = audit(Fixtures.SEED.toString(), "--waivers", "fixtures/waivers/seed.waivers.yaml");
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        String out = elements(testCase(doc, "000_01ee96ef31214bdb.txt#5"), "system-out").get(0).getTextContent();
        assertTrue(out.contains("已豁免  FUND-OVERSPENT 执行数超过预算数  项目资金 › 全年执行数（第 106 行）\n"), out);
        assertTrue(out.contains("    豁免：全年执行数多录一个 0"), out);
        String run = elements(testCase(doc, JunitReporter.RUN_CASE), "system-out").get(0).getTextContent();
        assertTrue(run.contains("警告  WAIVER-EXPIRED 豁免已过期"), run);
        assertTrue(run.contains("提示  WAIVER-UNUSED "), run);
    }

    @Test
    void whatXmlCannotHoldIsEscapedAndMarkupIsText(@TempDir Path tmp) throws Exception {
        Path form = tmp.resolve("a&b<c>\"'.txt");
        String seed = Files.readString(Fixtures.SEED);
        assertTrue(seed.contains("城运着装更换"));
        Files.writeString(form, seed.replace("城运着装更换", "城运\u0001着装<&>]]>更换"));
        Path out = tmp.resolve("r.xml");
        CliRun r = CliRun.run("audit", form.toString(), "--format", "junit", "--fail-on", "none", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(), Schemas.junitProblems(out));
        Document doc = parse(Files.readAllBytes(out));
        Element last = testCase(doc, "a&b<c>\"'.txt#10");
        assertNotNull(last, Files.readString(out));
        assertEquals("城运 着装<&>]]>更换", last.getAttribute("name"), "the reader made the control character a space");

        // characters XML 1.0 cannot hold, in a case name, a description and a failure line
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuleTestsJunit.write(bytes, List.of(new RuleTestsJunit.Case("X/a\u0001<b>", "\u001b[31m红\u0000", List.of("行\u0007一", "二\uFFFE"))),
                0.5, java.time.LocalDateTime.of(2024, 1, 2, 3, 4, 5), "1 个通过\u000b");
        assertEquals(List.of(), Schemas.junitProblems(bytes.toByteArray()), bytes.toString(StandardCharsets.UTF_8));
        Element c = elements(parse(bytes.toByteArray()).getDocumentElement(), "testcase").get(0);
        assertEquals("X/a\\u0001<b>", c.getAttribute("name"));
        assertEquals("行\\u0007一", elements(c, "failure").get(0).getAttribute("message"));
        assertEquals("行\\u0007一\n二\\ufffe\n", elements(c, "failure").get(0).getTextContent());
        assertEquals("\\u001b[31m红\\u0000\n", elements(c, "system-out").get(0).getTextContent());
        assertEquals("a\\u0001b\\u0007 c", JunitXml.text("a\u0001b\u0007 c"));
        assertEquals("\uD83D\uDE00 \\ud800", JunitXml.text("\uD83D\uDE00 \uD800"), "a pair stays, a lone surrogate is escaped");
    }

    @Test
    void theSpoolMovesToATemporaryFilePastItsLimitAndRemovesIt() throws Exception {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        Path file;
        try (Spool spool = new Spool(16)) {
            spool.write("<a>一</a>".getBytes(StandardCharsets.UTF_8));
            assertNull(spool.file());
            spool.write("<b>二</b>".getBytes(StandardCharsets.UTF_8));
            spool.write("<c/>".getBytes(StandardCharsets.UTF_8));
            file = spool.file();
            assertNotNull(file);
            assertTrue(Files.exists(file));
            spool.copyTo(copy);
        }
        assertEquals("<a>一</a><b>二</b><c/>", copy.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(file));
    }
}
