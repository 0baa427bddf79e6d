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
 * Performs the reading walkthrough of docs/templates.md with the built jar: a form whose fund rows the
 * shipped template does not know is read in part and judged on nothing it did not read; taught the two
 * labels, the template reads it whole and the sum check finds the form's real fault.
 */
class ReadingWalkthroughIT {

    @Test
    void unknownRowsAreToldThenTaughtToTheTemplate(@TempDir Path tmp) throws Exception {
        assertTrue(Walkthrough.write(Path.of("docs/templates.md"), tmp).contains("water-form.txt"));

        // step 1: read in part, said once per row and once for the form, no conclusion on the sums
        JarRun shipped = JarRun.run(tmp, "audit", "water-form.txt");
        assertEquals(0, shipped.exit(), shipped.err());
        assertTrue(shipped.out().contains("  读表 读懂率 86.84%（66/76 个单元格） · 只读懂一部分：项目资金 · 没认出：「其中：中央补助资金」「地方配套资金」\n"),
                shipped.out());
        JsonNode before = form(JarRun.run(tmp, "audit", "water-form.txt", "--format", "json"));
        assertEquals(List.of("PARSE-LAYOUT-PARTIAL", "PARSE-SKIPPED-ROW", "PARSE-SKIPPED-ROW"), ids(before));
        assertEquals("[\"项目资金\"]", before.at("/reading/partial").toString());
        assertEquals("86.84", before.at("/reading/coverage").decimalValue().toPlainString());

        // step 2: the two spellings added to a copy of the rules, as the guide shows
        Path rules = tmp.resolve("my-rules");
        Rules.copy(rules);
        Path national = rules.resolve("templates/national.yaml");
        String t = Files.readString(national);
        String taught = t.replace("本年一般公共预算拨款]\n", "本年一般公共预算拨款, 中央补助资金]\n")
                .replace("    other: [其他资金]\n", "    other: [其他资金, 地方配套资金]\n");
        assertTrue(!taught.equals(t) && taught.contains("中央补助资金") && taught.contains("地方配套资金"));
        Files.writeString(national, taught);
        assertEquals(0, JarRun.run(tmp, "rules", "check", "--rules", "my-rules").exit());

        // step 3: read whole, and the sum check now finds the form's real fault
        JsonNode after = form(JarRun.run(tmp, "audit", "--rules", "my-rules", "water-form.txt", "--format", "json"));
        assertEquals(List.of("FUND-SUBTOTAL"), ids(after));
        assertEquals("100.00", after.at("/reading/coverage").decimalValue().setScale(2).toPlainString());
        assertEquals("[]", after.at("/reading/partial").toString());
        assertTrue(after.at("/findings/0/message").asText().contains("年度资金总额 200,000.00 ≠ 当年财政拨款 150,000.00"));
    }

    private static JsonNode form(JarRun run) throws Exception {
        return new ObjectMapper().readTree(run.out()).get("forms").get(0);
    }

    private static List<String> ids(JsonNode form) {
        List<String> out = new ArrayList<>();
        form.get("findings").forEach(f -> out.add(f.get("ruleId").asText()));
        return out;
    }
}
