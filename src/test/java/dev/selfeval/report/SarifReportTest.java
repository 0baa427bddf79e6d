package dev.selfeval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `audit --format sarif`: valid against the SARIF 2.1.0 schema, the rule set as the driver's rules, a result per finding. */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode audit(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("audit"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "sarif", "--fail-on", "none"));
        CliRun r = CliRun.run(all.toArray(String[]::new));
        assertEquals("", r.err());
        assertEquals(List.of(), Schemas.sarifProblems(r.out()), r.out());
        return JSON.readTree(r.out());
    }

    private static List<JsonNode> results(JsonNode log, String ruleId) {
        return StreamSupport.stream(log.at("/runs/0/results").spliterator(), false)
                .filter(r -> r.get("ruleId").asText().equals(ruleId)).toList();
    }

    @Test
    void theSeedIsOneRunWithTheRuleSetAndAResultPerFinding() throws Exception {
        JsonNode log = audit(Fixtures.SEED.toString());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.at("/runs/0");
        assertEquals("selfeval", run.at("/tool/driver/name").asText());
        assertFalse(run.at("/tool/driver/version").asText().isEmpty());
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(50, rules.size());
        assertEquals(38, run.get("results").size(), "36 findings on the forms and 2 across them");
        for (JsonNode r : run.get("results")) {
            assertEquals(r.get("ruleId"), rules.get(r.get("ruleIndex").asInt()).get("id"), r.toString());
        }

        JsonNode overspent = results(log, "FUND-OVERSPENT").get(0);
        assertEquals("error", overspent.get("level").asText());
        assertTrue(overspent.at("/message/text").asText().startsWith("执行数超过预算数 —— 年度资金总额 全年执行数 1,500,000"));
        assertEquals("fixtures/seed/000_01ee96ef31214bdb.txt", overspent.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(106, overspent.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("000_01ee96ef31214bdb.txt#5 › 项目资金 › 全年执行数",
                overspent.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
        assertEquals(16, overspent.at("/partialFingerprints/selfevalFinding~1v1").asText().length());
        JsonNode rule = rules.get(overspent.get("ruleIndex").asInt());
        assertEquals("执行数超过预算数", rule.get("name").asText());
        assertEquals("执行数超过预算数", rule.at("/shortDescription/text").asText());
        assertTrue(rule.at("/fullDescription/text").asText().startsWith("《预算法》第十三条"), rule.toString());
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());

        JsonNode rate = results(log, "FUND-RATE").stream()
                .filter(r -> r.at("/properties/formId").asText().equals("000_01ee96ef31214bdb.txt#3")).findFirst().orElseThrow();
        assertEquals("warning", rate.get("level").asText());
        assertEquals(61, rate.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(79.30, rate.at("/properties/expected").asDouble());
        assertEquals(79.31, rate.at("/properties/actual").asDouble());
        assertEquals("note", results(log, "FORM-QUALITATIVE-HEAVY").get(0).get("level").asText());

        JsonNode sweep = results(log, "SWEEP-SAME-INDICATORS").get(1);
        assertEquals(2, sweep.get("locations").size(), "one location per form of the group");
        assertEquals("000_01ee96ef31214bdb.txt#4「分平台运行维护费」", sweep.at("/locations/0/message/text").asText());

        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
        JsonNode json = JSON.readTree(CliRun.run("audit", Fixtures.SEED.toString(), "--format", "json", "--fail-on", "none").out());
        assertEquals(json.at("/rules/fingerprint"), run.at("/properties/rules/fingerprint"));
        assertEquals(json.at("/summary/findings"), run.at("/properties/summary/findings"));
    }

    @Test
    void theSchemaCatchesWhatIsWrong() throws Exception {
        String log = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "sarif", "--fail-on", "none").out();
        assertEquals(List.of(), Schemas.sarifProblems(log));
        assertTrue(log.contains("\"startLine\":3}") && log.contains("\"uri\":\"fixtures/seed/"), "results are on one line each");
        assertFalse(Schemas.sarifProblems(log.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"")).isEmpty());
        assertFalse(Schemas.sarifProblems(log.replaceFirst("\"startLine\":3", "\"startLine\":0")).isEmpty());
        assertFalse(Schemas.sarifProblems(log.replace("\"uri\":\"fixtures/seed/", "\"uri\":\"fixtures seed/")).isEmpty(),
                "a uri with a space is no uri");
    }

    @Test
    void aWorkbookCellIsTheLocationsMessageAndItsSourceProperties() throws Exception {
        JsonNode log = audit("fixtures/samples/seed-forms.xlsx");
        JsonNode rate = results(log, "FUND-RATE").stream()
                .filter(r -> r.at("/properties/formId").asText().equals("seed-forms.xlsx#3")).findFirst().orElseThrow();
        JsonNode where = rate.at("/locations/0");
        assertEquals("fixtures/samples/seed-forms.xlsx", where.at("/physicalLocation/artifactLocation/uri").asText());
        assertTrue(where.at("/physicalLocation/region").isMissingNode(), "a workbook has no text lines to point at");
        assertEquals("3-政府购买服务人员专项经费!H6", where.at("/message/text").asText());
        assertEquals("3-政府购买服务人员专项经费", where.at("/properties/source/sheet").asText());
        assertEquals("H6", where.at("/properties/source/cell").asText());
    }

    @Test
    void anUnreadableFileFailsTheInvocationWithANotification() throws Exception {
        JsonNode log = audit(Fixtures.SEED.toString(), "fixtures/formats/corrupt.xlsx");
        JsonNode invocation = log.at("/runs/0/invocations/0");
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode note = invocation.at("/toolExecutionNotifications/0");
        assertEquals("error", note.get("level").asText());
        assertEquals("fixtures/formats/corrupt.xlsx", note.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("error", results(log, "PARSE-UNREADABLE").get(0).get("level").asText());
    }

    @Test
    void waiversAreAcceptedSuppressionsAndABaselineGivesEachResultItsState(@TempDir Path tmp) throws Exception {
        Path baseline = tmp.resolve("before.json");
        CliRun.run("audit", Fixtures.SEED.toString(), "--format", "json", "--fail-on", "none", "--out", baseline.toString());
        JsonNode log = audit(Fixtures.SEED.toString(), "--waivers", "fixtures/waivers/seed.waivers.yaml", "--baseline", baseline.toString());
        JsonNode overspent = results(log, "FUND-OVERSPENT").get(0);
        assertEquals("accepted", overspent.at("/suppressions/0/status").asText());
        assertEquals("external", overspent.at("/suppressions/0/kind").asText());
        assertTrue(overspent.at("/suppressions/0/justification").asText().startsWith("全年执行数多录一个 0"));
        assertEquals("unchanged", overspent.get("baselineState").asText());
        assertEquals("warning", results(log, "WAIVER-EXPIRED").get(0).get("level").asText());
    }

    @Test
    void filesAreUriReferences(@TempDir Path tmp) throws Exception {
        assertEquals("fixtures/seed/a.txt", SarifResults.uri("fixtures/seed/a.txt"));
        assertEquals("%E6%8A%A5%E8%A1%A8/a%20b%231%25.txt", SarifResults.uri("报表/a b#1%.txt"));
        assertEquals("file:///tmp/x.txt", SarifResults.uri("/tmp/x.txt"));
        assertEquals("./a:b.txt", SarifResults.uri("a:b.txt"));
        Path form = Files.createDirectories(tmp.resolve("二〇二三 年")).resolve("表#1.txt");
        Files.copy(Fixtures.SEED, form);
        JsonNode log = audit(form.toString());
        assertTrue(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()
                .endsWith("/%E4%BA%8C%E3%80%87%E4%BA%8C%E4%B8%89%20%E5%B9%B4/%E8%A1%A8%231.txt"));
    }
}
