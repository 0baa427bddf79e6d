package dev.selfeval.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench's API as a script uses it, and every way a request without the right to drive it is refused. */
class WorkbenchIT extends WithRunningWorkbench {
    private static final Path SEED = RunningWorkbench.SEED;
    private static final String[] BEARER = RunningWorkbench.BEARER;

    @Test
    void theSeedRunsThroughTheApiAndIsSavedWithItsFindings() throws Exception {
        long run = server.run(List.of(SEED));
        JsonNode saved = RunningWorkbench.json(server.get("/api/runs/" + run, BEARER).body());
        assertEquals("done", saved.get("status").asText());
        assertEquals(10, saved.get("run").get("forms").asInt());
        assertEquals(1, saved.get("run").get("errors").asInt());
        assertEquals(33, saved.get("run").get("warnings").asInt());
        assertEquals(1, saved.get("findingsByRule").get("FUND-OVERSPENT").asInt());

        JsonNode page = RunningWorkbench.json(server.get("/api/runs/" + run + "/forms?severity=ERROR", BEARER).body());
        assertEquals(1, page.get("total").asInt());
        JsonNode form5 = page.get("forms").get(0);
        assertEquals("000_01ee96ef31214bdb.txt#5", form5.get("id").asText());
        assertEquals("系统及平台运行维护费", form5.get("project").asText());
        assertEquals(10, RunningWorkbench.json(server.get("/api/runs/" + run + "/forms", BEARER).body()).get("total").asInt());
        assertEquals(1, RunningWorkbench.json(server.get("/api/runs/" + run + "/forms?rule=FUND-OVERSPENT&dept="
                + "%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%AE%9D%E5%B1%B1%E5%8C%BA%E5%9F%8E%E5%B8%82%E7%BD%91%E6%A0%BC%E5%8C%96%E7%BB%BC%E5%90%88%E7%AE%A1%E7%90%86%E4%B8%AD%E5%BF%83",
                BEARER).body()).get("total").asInt());

        HttpResponse<byte[]> xlsx = server.bytes("/api/runs/" + run + "/report?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("汇总", book.getSheetAt(0).getSheetName());
        }
        String jsonl = new String(server.bytes("/api/runs/" + run + "/report?format=jsonl").body(), StandardCharsets.UTF_8);
        assertEquals(14, jsonl.lines().count()); // the run line, ten forms, two findings on groups of forms, the summary
        assertEquals(400, server.bytes("/api/runs/" + run + "/report?format=pdf").statusCode());
    }

    @Test
    void withoutTheTokenNothingAnswers() throws Exception {
        assertEquals(401, server.get("/api/health").statusCode());
        assertEquals(401, server.get("/api/health", "Authorization", "Bearer wrong").statusCode());
        assertEquals(401, server.get("/audit").statusCode());
        assertEquals(401, server.get("/static/htmx.min.js").statusCode());
        assertEquals(401, server.upload(List.of(SEED)).statusCode());
        HttpResponse<String> ok = server.get("/api/health?token=" + RunningWorkbench.TOKEN);
        assertEquals(200, ok.statusCode());
        assertEquals("ok", RunningWorkbench.json(ok.body()).get("status").asText());
    }

    @Test
    void theTokenInTheAddressBecomesACookieAndLeavesTheAddress() throws Exception {
        HttpResponse<String> first = server.get("/runs?token=" + RunningWorkbench.TOKEN);
        assertEquals(302, first.statusCode());
        assertEquals("/runs", first.headers().firstValue("Location").orElseThrow());
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, server.get("/runs", "Cookie", pair).statusCode());
        // a state change with the cookie alone is what another site could make the browser send: refused
        HttpResponse<String> forged = server.upload(List.of(SEED), "Cookie", pair);
        assertEquals(403, forged.statusCode());
        assertEquals("缺少或不对的 CSRF 令牌：请刷新页面后重试", RunningWorkbench.json(forged.body()).get("error").asText());
        String page = server.get("/audit", "Cookie", pair).body();
        String csrf = RunningWorkbench.csrf(page);
        assertEquals(403, server.upload(List.of(SEED), "Cookie", pair, "X-CSRF-Token", csrf, "Origin", "http://evil.example").statusCode());
        assertEquals(202, server.upload(List.of(SEED), "Cookie", pair, "X-CSRF-Token", csrf, "Origin", server.base).statusCode());
    }

    @Test
    void anotherHostNameIsRefusedEvenWithTheToken() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.workbench.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: rebound.example:" + server.workbench.port() + "\r\nAuthorization: Bearer "
                    + RunningWorkbench.TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("HTTP/1.1 403 Forbidden", status);
        }
    }

    @Test
    void aFolderOutsideTheRootsCannotBePicked() throws Exception {
        HttpResponse<String> r = server.post("/api/runs", Map.of("folder", "/etc"), BEARER);
        assertEquals(403, r.statusCode());
        assertEquals("文件夹 /etc 不在工作台启动时给的文件夹（--root）之内", RunningWorkbench.json(r.body()).get("error").asText());
        HttpResponse<String> ok = server.post("/api/runs", Map.of("folder", server.root.resolve("区县").toString()), BEARER);
        assertEquals(202, ok.statusCode());
        assertEquals(1, RunningWorkbench.json(ok.body()).get("files").asInt());
    }

    @Test
    void progressNeedsTheEventStreamAndAnUnknownRunIsNamed() throws Exception {
        assertEquals(406, server.get("/api/runs/1/events", BEARER).statusCode());
        HttpResponse<String> none = server.get("/api/runs/999999", BEARER);
        assertEquals(404, none.statusCode());
        assertTrue(RunningWorkbench.json(none.body()).get("error").asText().endsWith("中没有运行 999999"));
    }
}
