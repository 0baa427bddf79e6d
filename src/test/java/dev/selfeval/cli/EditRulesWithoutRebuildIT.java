package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.JarRun;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Auditors edit a copy of rules/ and rerun the built jar: parameters and new rules take effect, nothing is rebuilt. */
class EditRulesWithoutRebuildIT {
    private static final String SEED = Path.of("fixtures/seed/000_01ee96ef31214bdb.txt").toAbsolutePath().toString();

    @Test
    void changedParameterAndNewRuleTakeEffect(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        JsonNode before = audit(tmp, rules);
        assertEquals(List.of("FUND-LOW-UNEXPLAINED"), ids(before, 6, "FUND-LOW"));
        assertEquals(List.of("FUND-LOW-UNEXPLAINED"), ids(before, 7, "FUND-LOW"));

        Rules.edit(rules.resolve("parameters.yaml"), "  lowExecution: 90 ", "  lowExecution: 60 ");
        Files.writeString(rules.resolve("custom.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                global dev.selfeval.engine.Report report;

                rule "产出指标没有成本指标"
                    @id("CUSTOM-NO-COST") @severity("WARNING") @basis("本局要求：产出指标须含成本指标")
                when
                    $f : Form()
                    not Indicator(level1 == "产出指标", level2 == "成本指标")
                then
                    report.finding(kcontext, Location.section("绩效指标", "二级指标", 0), "产出指标下没有成本指标");
                end
                """);
        JsonNode after = audit(tmp, rules);
        assertEquals(List.of(), ids(after, 6, "FUND-LOW"), "71.81% is no longer below the threshold of 60");
        assertEquals(List.of("FUND-LOW-UNEXPLAINED"), ids(after, 7, "FUND-LOW"), "58.70% still is");
        assertEquals("60", after.at("/forms/6/findings").findValuesAsText("expected").stream()
                .filter(v -> v.equals("60")).findFirst().orElse(""));
        List<Integer> custom = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            if (!ids(after, n, "CUSTOM").isEmpty()) {
                custom.add(n);
            }
        }
        assertEquals(List.of(2, 3, 6, 7), custom, "forms without a 成本指标 row");
        assertEquals(before.at("/rules/count").asInt() + 1, after.at("/rules/count").asInt());
    }

    @Test
    void syntaxErrorExits4WithFileLineColumn(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("funds.drl"), "$t : FundLine(kind == FundKind.TOTAL, rate != null)",
                "$t : FundLine(kind == FundKind.TOTAL, rate != null");
        JarRun r = JarRun.run(tmp, "audit", "--rules", rules.toString(), SEED);
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(rules + "/funds.drl:") + "\\d+:\\d+: .*"), r.err());
    }

    @Test
    void withoutARulesFolderTheBundledRulesAreUsed(@TempDir Path tmp) throws Exception {
        JarRun r = JarRun.run(tmp, "audit", "--format", "json", "--fail-on", "none", SEED);
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("(bundled) rules", root.at("/rules/dir").asText());
        assertEquals(Rules.shipped().fingerprint(), root.at("/rules/fingerprint").asText());
        assertEquals(10, root.get("forms").size());
    }

    private static JsonNode audit(Path cwd, Path rules) throws Exception {
        JarRun r = JarRun.run(cwd, "audit", "--rules", rules.toString(), "--format", "json", "--fail-on", "none", SEED);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> ids(JsonNode root, int form, String prefix) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : root.get("forms").get(form - 1).get("findings")) {
            if (f.get("ruleId").asText().startsWith(prefix)) {
                out.add(f.get("ruleId").asText());
            }
        }
        return out;
    }
}
