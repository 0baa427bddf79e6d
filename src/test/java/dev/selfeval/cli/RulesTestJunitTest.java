package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `rules test --format junit`: a test case per rule-test case, valid against the Jenkins JUnit XSD, the same verdicts as the text. */
class RulesTestJunitTest {

    private static Element suite(byte[] xml) throws Exception {
        assertEquals(List.of(), Schemas.junitProblems(xml), new String(xml, StandardCharsets.UTF_8));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void theCasesOfARuleAreTestCasesOfItsClass(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("rules-test.xml");
        CliRun r = CliRun.run("rules", "test", "rules/tests/FUND-RATE", "--format", "junit", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals("", r.out(), "the report went to --out");
        Element suite = suite(Files.readAllBytes(out));
        assertEquals("selfeval rules test", suite.getAttribute("name"));
        List<String> text = CliRun.run("rules", "test", "rules/tests/FUND-RATE").out().lines()
                .filter(l -> l.startsWith("通过  ")).map(l -> l.substring(4).split("  ")[0]).toList();
        assertEquals(String.valueOf(text.size()), suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        List<Element> cases = elements(suite, "testcase");
        assertEquals(text, cases.stream().map(c -> c.getAttribute("name")).toList());
        assertTrue(cases.stream().allMatch(c -> c.getAttribute("classname").equals("FUND-RATE")));
        assertEquals("执行率填报 95.01%，重算 190000 ÷ 200000 = 95.00%\n", elements(cases.stream().filter(c -> c.getAttribute("name").equals("FUND-RATE/fires")).findFirst().orElseThrow(), "system-out").get(0).getTextContent());
        List<Element> outs = elements(suite, "system-out");
        assertEquals(text.size() + " 个通过，0 个失败\n", outs.get(outs.size() - 1).getTextContent());
    }

    @Test
    void aFailedCaseHoldsTheLinesTheTextShows(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cases/FUND-LOW-UNEXPLAINED"));
        Files.copy(Path.of("rules/tests/FUND-LOW-UNEXPLAINED/fires.txt"), dir.resolve("at-50.txt"));
        Files.copy(Path.of("rules/tests/FUND-LOW-UNEXPLAINED/fires.txt"), dir.resolve("wrong.txt"));
        Files.writeString(dir.resolve("at-50.expect.yaml"), "params:\n  budget: {lowExecution: 50}\nexpect:\n  FUND-LOW-UNEXPLAINED: 0\n");
        Files.writeString(dir.resolve("wrong.expect.yaml"), "description: 故意写错的期望\nexpect:\n  FUND-LOW-UNEXPLAINED: 0\n  FUND-RATE: 1\n");
        Path cases = tmp.resolve("cases");
        CliRun text = CliRun.run("rules", "test", cases.toString());
        CliRun junit = CliRun.run("rules", "test", cases.toString(), "--format", "junit");
        assertEquals(ExitCodes.FINDINGS, junit.exit(), junit.err());
        assertEquals(text.exit(), junit.exit());
        Element suite = suite(junit.out().getBytes(StandardCharsets.UTF_8));
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        Element wrong = elements(suite, "testcase").get(1);
        assertEquals("FUND-LOW-UNEXPLAINED/wrong", wrong.getAttribute("name"));
        assertEquals("FUND-LOW-UNEXPLAINED", wrong.getAttribute("classname"));
        assertEquals("故意写错的期望\n", elements(wrong, "system-out").get(0).getTextContent());
        List<String> shown = text.out().lines().dropWhile(l -> !l.startsWith("失败  FUND-LOW-UNEXPLAINED/wrong"))
                .skip(1).takeWhile(l -> l.startsWith("      ")).map(l -> l.substring(6)).toList();
        assertTrue(shown.size() >= 2, text.out());
        Element failure = elements(wrong, "failure").get(0);
        assertEquals(shown, failure.getTextContent().lines().toList());
        assertEquals(shown.get(0), failure.getAttribute("message"));
        assertEquals(List.of(), elements(elements(suite, "testcase").get(0), "failure"));
    }

    @Test
    void theResultIsNotWrittenIntoTheCases(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("X"));
        Files.copy(Path.of("rules/tests/FUND-RATE/fires.txt"), dir.resolve("a.txt"));
        Files.copy(Path.of("rules/tests/FUND-RATE/fires.expect.yaml"), dir.resolve("a.expect.yaml"));
        CliRun r = CliRun.run("rules", "test", tmp.toString(), "--format", "junit", "--out", dir.resolve("a.txt").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("写结果会改动用例"), r.err());
        assertEquals(Files.readString(Path.of("rules/tests/FUND-RATE/fires.txt")), Files.readString(dir.resolve("a.txt")));
        assertEquals(ExitCodes.USAGE, CliRun.run("rules", "test", "--format", "xml").exit());
    }
}
