package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.JarRun;
import dev.selfeval.support.Rules;
import dev.selfeval.support.Walkthrough;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Performs the walkthrough of docs/rules.md with the built jar, on a copy of rules/, without a
 * rebuild. The rule and the case files are taken from the guide itself, so the guide cannot drift.
 */
class RulesWalkthroughIT {
    @Test
    void theGuidesNewRuleFires(@TempDir Path tmp) throws Exception {
        Rules.copy(tmp.resolve("my-rules"));
        List<String> written = Walkthrough.write(Path.of("docs/rules.md"), tmp);
        assertEquals(List.of("my-rules/cost.drl", "my-cases/CUSTOM-NO-COST/fires.expect.yaml",
                "my-cases/CUSTOM-NO-COST/quiet.expect.yaml"), written);
        // the two forms, as the guide describes them
        String quiet = Files.readString(Path.of("rules/tests/FUND-RATE/quiet.txt"));
        String fires = quiet.replace("\t\t成本指标\t人均补贴成本\t<=16元\t15.2元\t10\t10\t\n", "")
                .replace("助餐服务人次\t>=12000人次\t12500人次\t20\t20", "助餐服务人次\t>=12000人次\t12500人次\t30\t30");
        assertTrue(fires.length() < quiet.length());
        Files.writeString(tmp.resolve("my-cases/CUSTOM-NO-COST/quiet.txt"), quiet);
        Files.writeString(tmp.resolve("my-cases/CUSTOM-NO-COST/fires.txt"), fires);

        JarRun check = JarRun.run(tmp, "rules", "check", "--rules", "my-rules");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("CUSTOM-NO-COST"), check.out());
        assertTrue(check.out().contains("my-rules/cost.drl:"), check.out());

        JarRun test = JarRun.run(tmp, "rules", "test", "--rules", "my-rules", "my-cases");
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().endsWith("2 个通过，0 个失败\n"), test.out());

        Path seed = Path.of("fixtures/seed/000_01ee96ef31214bdb.txt").toAbsolutePath();
        JarRun audit = JarRun.run(tmp, "audit", "--rules", "my-rules", seed.toString(), "--format", "json", "--fail-on", "none");
        assertEquals(0, audit.exit(), audit.err());
        JsonNode forms = new ObjectMapper().readTree(audit.out()).get("forms");
        List<Integer> fired = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            for (JsonNode f : forms.get(i).get("findings")) {
                if (f.get("ruleId").asText().equals("CUSTOM-NO-COST")) {
                    fired.add(i + 1);
                }
            }
        }
        assertEquals(List.of(2, 3, 6, 7), fired);
    }

    @Test
    void rulesCheckAndTestFromTheJarOnACopy(@TempDir Path tmp) throws Exception {
        Rules.copy(tmp.resolve("rules"));
        JarRun check = JarRun.run(tmp, "rules", "check", "--rules", "rules");
        assertEquals(0, check.exit(), check.err());
        Rules.edit(tmp.resolve("rules/indicators.drl"), "@id(\"IND-UNIT\") ", "");
        JarRun broken = JarRun.run(tmp, "rules", "check", "--rules", "rules");
        assertEquals(4, broken.exit());
        assertTrue(broken.err().matches("(?s)rules/indicators\\.drl:\\d+: 规则「目标与实际单位不一致」缺少 @id\\n.*"), broken.err());

        Path cases = Path.of("rules/tests").toAbsolutePath();
        Rules.copy(tmp.resolve("rules2"));
        Rules.edit(tmp.resolve("rules2/parameters.yaml"), "  lowExecution: 90 ", "  lowExecution: 50 ");
        JarRun test = JarRun.run(tmp, "rules", "test", "--rules", "rules2", cases.toString());
        assertEquals(0, test.exit(), "the cases that test the threshold pin it (params:), so a bureau's own threshold breaks none");
        assertTrue(test.out().contains("通过  FUND-LOW-UNEXPLAINED/fires"), test.out());
        assertTrue(test.out().matches("(?s).*\\n\\d+ 个通过，0 个失败\\n"), test.out());
    }

    @Test
    void waiversAndBaselineFromTheJarOnACopy(@TempDir Path tmp) throws Exception {
        Rules.copy(tmp.resolve("rules"));
        Path seed = Path.of("fixtures/seed/000_01ee96ef31214bdb.txt").toAbsolutePath();
        Path waivers = Path.of("fixtures/waivers/seed.waivers.yaml").toAbsolutePath();
        JarRun first = JarRun.run(tmp, "audit", "--rules", "rules", seed.toString(), "--format", "json", "--out", "old.json");
        assertEquals(1, first.exit(), first.err());
        JarRun second = JarRun.run(tmp, "audit", "--rules", "rules", seed.toString(), "--format", "json",
                "--waivers", waivers.toString(), "--baseline", "old.json");
        assertEquals(0, second.exit(), "the only ERROR is waived: " + second.err());
        JsonNode s = new ObjectMapper().readTree(second.out()).get("summary");
        assertEquals(1, s.at("/waived/ERROR").asInt());
        assertEquals(0, s.at("/baseline/resolved").asInt());
        assertEquals(2, s.at("/baseline/new").asInt(), "the two waiver findings are new; the others unchanged");
    }
}
