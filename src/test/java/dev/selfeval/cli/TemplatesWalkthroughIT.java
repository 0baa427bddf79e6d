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
 * Performs the walkthrough of docs/templates.md with the built jar, on a copy of rules/, without a
 * rebuild: a form of a layout no shipped template reads, then read by the template the guide writes.
 */
class TemplatesWalkthroughIT {

    @Test
    void theGuidesTemplateReadsTheCountyForm(@TempDir Path tmp) throws Exception {
        List<String> written = Walkthrough.write(Path.of("docs/templates.md"), tmp);
        assertEquals(List.of("county-form.txt", "my-rules/templates/county.yaml",
                "my-cases/county/county-form.expect.yaml", "water-form.txt"), written);

        // step 1: the shipped templates cannot read it, and say so once
        JarRun shipped = JarRun.run(tmp, "audit", "county-form.txt", "--format", "json");
        assertEquals(1, shipped.exit(), shipped.err());
        JsonNode before = new ObjectMapper().readTree(shipped.out()).get("forms").get(0);
        assertEquals("全国通用", before.get("template").asText());
        List<String> unreadable = messages(before, "PARSE-UNREADABLE");
        assertEquals(1, unreadable.size());
        assertTrue(unreadable.get(0).contains("按表式「全国通用」未找到项目资金表，"), unreadable.get(0));

        // steps 2-4: copy the rules (the template is already written into the copy's folder) and check them
        Path county = tmp.resolve("my-rules/templates/county.yaml");
        String template = Files.readString(county);
        Rules.copy(tmp.resolve("my-rules"));
        Files.writeString(county, template);
        JarRun check = JarRun.run(tmp, "rules", "check", "--rules", "my-rules");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("某县专项资金  my-rules/templates/county.yaml"), check.out());
        Files.writeString(county, template.replace("    executed: [执行数]\n", ""));
        JarRun broken = JarRun.run(tmp, "rules", "check", "--rules", "my-rules");
        assertEquals(4, broken.exit());
        assertTrue(broken.err().startsWith("my-rules/templates/county.yaml:15: 缺少 funds.columns.executed（至少写一个标签）\n"),
                broken.err());
        Files.writeString(county, template);

        // step 5: the form is read by the new template, and only the planted fault is found
        JarRun audit = JarRun.run(tmp, "audit", "--rules", "my-rules", "county-form.txt", "--format", "json");
        assertEquals(1, audit.exit(), audit.err());
        JsonNode form = new ObjectMapper().readTree(audit.out()).get("forms").get(0);
        assertEquals("某县专项资金", form.get("template").asText());
        assertEquals("98.25", form.at("/score/recomputed").decimalValue().toPlainString(), form.toString());
        List<String> ids = new ArrayList<>();
        form.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        assertEquals(List.of("FUND-SCORE"), ids);
        assertEquals("预算执行率得分填报 9.50，重算为 9.00：10 × min(108 ÷ 120, 1) = 9.00",
                form.get("findings").get(0).get("message").asText());

        JarRun convert = JarRun.run(tmp, "convert", "--rules", "my-rules", "county-form.txt");
        assertEquals(0, convert.exit(), convert.err());
        JsonNode read = new ObjectMapper().readTree(convert.out()).get(0);
        assertEquals("万元", read.get("amountUnit").asText());
        assertEquals("120", read.at("/funds/0/annualBudget").decimalValue().toPlainString(), read.toString());

        // step 6: the case pins it
        Files.copy(tmp.resolve("county-form.txt"), tmp.resolve("my-cases/county/county-form.txt"));
        JarRun test = JarRun.run(tmp, "rules", "test", "--rules", "my-rules", "my-cases");
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().endsWith("1 个通过，0 个失败\n"), test.out());
    }

    private static List<String> messages(JsonNode form, String ruleId) {
        List<String> out = new ArrayList<>();
        form.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(ruleId)) {
                out.add(f.get("message").asText());
            }
        });
        return out;
    }
}
