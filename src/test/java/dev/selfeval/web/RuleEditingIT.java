package dev.selfeval.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules edited through the workbench's API: an edit checked as rules check checks it, its impact
 * previewed on a saved run, saved with an author and a reason into the change log and put in force
 * for the next run, and reverted; unsafe rule code and edits outside the rules folder refused.
 */
class RuleEditingIT extends WithRunningWorkbench {
    private static final Path SEED = RunningWorkbench.SEED;

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return server.post(path, fields, RunningWorkbench.BEARER);
    }

    private static int lowUnexplained(long run) throws Exception {
        return RunningWorkbench.findings(server.get("/api/runs/" + run, RunningWorkbench.BEARER).body(), "FUND-LOW-UNEXPLAINED");
    }

    @Test
    void aThresholdChangedIsPreviewedSavedWithItsReasonPutInForceAndReverted() throws Exception {
        long before = server.run(List.of(SEED));
        assertEquals(2, lowUnexplained(before), "forms 6 (71.81%) and 7 (58.70%) are under 90% without a reason");
        String params = Files.readString(server.rules.resolve("parameters.yaml"));
        String edited = params.replace("lowExecution: 90 ", "lowExecution: 70 ");

        JsonNode checked = RunningWorkbench.json(post("/api/rules/check", Map.of("file", "parameters.yaml", "content", edited)).body());
        assertTrue(checked.get("ok").asBoolean(), checked.toString());

        JsonNode preview = RunningWorkbench.json(post("/api/rules/preview",
                Map.of("file", "parameters.yaml", "content", edited, "run", String.valueOf(before))).body());
        assertEquals(10, preview.get("forms").asInt());
        assertEquals("[{\"rule\":\"FUND-LOW-UNEXPLAINED\",\"before\":2,\"after\":1}]", preview.get("rules").toString());
        assertEquals(38, preview.get("findingsBefore").asInt());
        assertEquals(37, preview.get("findingsAfter").asInt());

        HttpResponse<String> noReason = post("/api/rules/save", Map.of("file", "parameters.yaml", "content", edited, "author", "张三", "reason", " "));
        assertEquals(400, noReason.statusCode());
        JsonNode saved = RunningWorkbench.json(post("/api/rules/save", Map.of("file", "parameters.yaml", "content", edited,
                "author", "张三", "reason", "执行率偏低界限按新文件改为 70")).body());
        assertEquals(edited, Files.readString(server.rules.resolve("parameters.yaml")));
        JsonNode health = RunningWorkbench.json(server.get("/api/health", "Authorization", "Bearer " + RunningWorkbench.TOKEN).body());
        assertEquals(saved.get("fingerprint").asText(), health.get("rules").asText(), "the saved rules are in force");
        long after = server.run(List.of(SEED));
        assertEquals(1, lowUnexplained(after), "form 6 at 71.81% is no longer under the threshold");

        String log = server.get("/rules/changes", "Authorization", "Bearer " + RunningWorkbench.TOKEN).body();
        assertTrue(log.contains("修改人 张三 · 理由：执行率偏低界限按新文件改为 70"), log);
        assertTrue(log.contains("保存前的预览：运行 " + before + " 的 10 张表：发现 38 → 37，等级变化 0 张，重算总分变动 0 张；FUND-LOW-UNEXPLAINED 2 → 1"), log);
        assertTrue(log.contains("<span class=\"del\">-  lowExecution: 90 "), log);
        assertTrue(log.contains("<span class=\"add\">+  lowExecution: 70 "), log);

        long change = saved.get("change").asLong();
        JsonNode reverted = RunningWorkbench.json(post("/api/rules/changes/" + change + "/revert",
                Map.of("author", "李四", "reason", "文件尚未生效")).body());
        assertEquals(change + 1, reverted.get("change").asLong());
        assertEquals(params, Files.readString(server.rules.resolve("parameters.yaml")));
        assertEquals(2, lowUnexplained(server.run(List.of(SEED))));
    }

    @Test
    void aTypoIsToldAtItsLineAndNothingIsSaved() throws Exception {
        String drl = Files.readString(server.rules.resolve("funds.drl"));
        int line = (int) drl.substring(0, drl.indexOf("\nrule ") + 1).lines().count() + 1;
        String typo = drl.replaceFirst("\nrule ", "\nrulez ");
        JsonNode checked = RunningWorkbench.json(post("/api/rules/check", Map.of("file", "funds.drl", "content", typo)).body());
        assertFalse(checked.get("ok").asBoolean());
        JsonNode d = checked.get("diagnostics").get(0);
        assertEquals("funds.drl", d.get("file").asText());
        assertEquals(line, d.get("line").asInt());
        assertTrue(d.get("message").asText().startsWith("「rulez」处不合规则语法"), d.toString());
        HttpResponse<String> refused = post("/api/rules/save", Map.of("file", "funds.drl", "content", typo, "author", "张三", "reason", "试"));
        assertEquals(422, refused.statusCode());
        assertEquals(drl, Files.readString(server.rules.resolve("funds.drl")));
    }

    @Test
    void ruleCodeThatRunsProgramsAndFilesOutsideTheFolderAreRefused() throws Exception {
        String drl = Files.readString(server.rules.resolve("funds.drl"));
        String unsafe = drl.replaceFirst("then\n", "then\n        System.exit(0);\n");
        JsonNode checked = RunningWorkbench.json(post("/api/rules/check", Map.of("file", "funds.drl", "content", unsafe)).body());
        assertFalse(checked.get("ok").asBoolean());
        assertTrue(checked.get("diagnostics").get(0).get("message").asText().contains("System.exit"), checked.toString());
        // a name that leaves the folder or is no rules file is refused as such (400); a rules file the folder lacks is not found (404)
        Map<String, Integer> refused = Map.of("../runs.db", 400, "/etc/passwd", 400, "funds.java", 400, "nosuch.drl", 404);
        for (Map.Entry<String, Integer> r : refused.entrySet()) {
            assertEquals(r.getValue(), post("/api/rules/check", Map.of("file", r.getKey(), "content", "x")).statusCode(), r.getKey());
        }
    }
}
