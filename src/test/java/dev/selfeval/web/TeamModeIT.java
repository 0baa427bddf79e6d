package dev.selfeval.web;

import dev.selfeval.store.Database;
import dev.selfeval.store.Passwords;
import dev.selfeval.store.Role;
import dev.selfeval.store.Users;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Team mode on SQLite and on a real PostgreSQL (SELFEVAL_TEST_PG_URL, in a schema of its own): logins
 * with Argon2id passwords, the lockout after five failures, each role checked on the server (a viewer
 * cannot run or save, an auditor can run but not save, a rule owner saves under their own name), the
 * CSRF token bound to the session, the admin page's audit log, and logging out.
 */
class TeamModeIT {
    private static final String PG = System.getenv("SELFEVAL_TEST_PG_URL");
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path tmp;

    /** One user's browser: its cookies, and the CSRF token of the last page it read. */
    private static final class User {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        final String base;
        String csrf;

        User(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            String token = RunningWorkbench.csrf(r.body());
            csrf = token != null ? token : csrf;
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            return RunningWorkbench.post(http, base + path, fields, csrf == null ? new String[0] : new String[] {"X-CSRF-Token", csrf});
        }

        int login(String name, String password) throws Exception {
            return post("/login", Map.of("name", name, "password", password)).statusCode();
        }
    }

    private static long finished(User user, HttpResponse<String> started) throws Exception {
        return RunningWorkbench.finished(user.http, user.base, started);
    }

    private static int lowUnexplained(User user, long run) throws Exception {
        return RunningWorkbench.findings(user.get("/api/runs/" + run).body(), "FUND-LOW-UNEXPLAINED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void rolesAreCheckedOnTheServer(String kind) throws Exception {
        String schema = "selfeval_team_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database db;
        if (kind.equals("postgresql")) {
            assumeTrue(PG != null && !PG.isBlank(), "SELFEVAL_TEST_PG_URL is not set");
            try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            db = Database.open(PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } else {
            db = Database.open(tmp.resolve("team.db").toString());
        }
        try {
            scenario(db);
        } finally {
            if (kind.equals("postgresql")) {
                try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private void scenario(Database db) throws Exception {
        Users users = new Users(db);
        String hash = Passwords.hash(PASSWORD);
        users.save("管理员甲", hash, Role.ADMIN.key(), false);
        users.save("李查看", hash, Role.VIEWER.key(), false);
        users.save("王审核", hash, Role.AUDITOR.key(), false);
        users.save("张规则", hash, Role.RULE_OWNER.key(), false);
        users.save("赵锁定", hash, Role.VIEWER.key(), false);
        try (RunningWorkbench server = new RunningWorkbench(tmp, db, new Workbench.Team(List.of("127.0.0.1", "localhost")))) {
            User nobody = new User(server.base);
            assertEquals(302, nobody.get("/audit").statusCode(), "to the login page");
            assertEquals(401, server.get("/api/health", "Authorization", "Bearer " + RunningWorkbench.TOKEN).statusCode(),
                    "the local token opens nothing in team mode");

            User guesser = new User(server.base);
            for (int i = 0; i < TeamGate.TRIES; i++) {
                assertEquals(401, guesser.login("赵锁定", "wrong password " + i));
            }
            assertEquals(429, guesser.login("赵锁定", PASSWORD), "locked out even with the right password");

            Map<String, String> folder = Map.of("folder", server.root.resolve("区县").toString());
            User viewer = new User(server.base);
            assertEquals(302, viewer.login("李查看", PASSWORD));
            assertEquals(200, viewer.get("/runs").statusCode());
            assertFalse(viewer.get("/audit").body().contains("id=\"drop\""), "no drop zone for a viewer");
            HttpResponse<String> refused = viewer.post("/api/runs", folder);
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("你的角色（查看）不能做这件事，需要「审核」或更高的角色"), refused.body());

            User auditor = new User(server.base);
            assertEquals(302, auditor.login("王审核", PASSWORD));
            auditor.get("/audit");
            finished(auditor, auditor.post("/api/runs", folder));
            String params = Files.readString(server.rules.resolve("parameters.yaml"));
            String edited = params.replace("lowExecution: 90 ", "lowExecution: 70 ");
            Map<String, String> save = Map.of("file", "parameters.yaml", "content", edited, "author", "冒名", "reason", "按新文件改为 70");
            assertEquals(403, auditor.post("/api/rules/save", save).statusCode());
            assertTrue(auditor.get("/rules/edit?file=parameters.yaml").body().contains("你的角色只能查看规则"));

            User owner = new User(server.base);
            assertEquals(302, owner.login("张规则", PASSWORD));
            owner.get("/rules/edit?file=parameters.yaml");
            String csrf = owner.csrf;
            owner.csrf = null;
            assertEquals(403, owner.post("/api/rules/save", save).statusCode(), "no CSRF token");
            owner.csrf = auditor.csrf;
            assertEquals(403, owner.post("/api/rules/save", save).statusCode(), "another session's CSRF token");
            owner.csrf = csrf;
            assertEquals(200, owner.post("/api/rules/save", save).statusCode());
            assertTrue(owner.get("/rules/changes").body().contains("修改人 张规则 · 理由：按新文件改为 70"), "saved under the one logged in");

            // a waiver proposed by an auditor holds only once another rule owner approves it
            long run = finished(auditor, auditor.post("/api/runs", folder));
            int seq = RunningWorkbench.json(auditor.get("/api/runs/" + run + "/forms?rule=FUND-LOW-UNEXPLAINED").body())
                    .get("forms").get(0).get("seq").asInt();
            Map<String, String> proposal = Map.of("run", String.valueOf(run), "seq", String.valueOf(seq), "rule", "FUND-LOW-UNEXPLAINED",
                    "scope", "department", "reason", "该部门执行率偏低已专项说明", "expires", java.time.LocalDate.now().plusYears(1).toString());
            assertEquals(403, viewer.post("/api/waivers", proposal).statusCode());
            assertEquals(201, auditor.post("/api/waivers", proposal).statusCode());
            assertEquals(403, auditor.post("/api/waivers/1/approve", Map.of()).statusCode(), "an auditor cannot approve");
            assertEquals(1, lowUnexplained(auditor, finished(auditor, auditor.post("/api/runs", folder))), "not yet in force");
            assertEquals(201, owner.post("/api/waivers", proposal).statusCode());
            assertEquals(403, owner.post("/api/waivers/2/approve", Map.of()).statusCode(), "not one's own proposal");
            assertEquals(302, owner.post("/api/waivers/1/approve", Map.of()).statusCode());
            assertEquals(409, owner.post("/api/waivers/1/approve", Map.of()).statusCode(), "decided once");
            assertEquals(0, lowUnexplained(auditor, finished(auditor, auditor.post("/api/runs", folder))), "waived from the next run");
            assertTrue(auditor.get("/runs/" + run + "/forms/" + seq).body().contains("豁免理由：该部门执行率偏低已专项说明"),
                    "and shown waived on the form's page");
            assertTrue(Files.readString(tmp.resolve("waivers.yaml")).contains("department: \"上海市宝山区城市网格化综合管理中心\""));
            assertTrue(owner.get("/rules/changes").body().contains("批准豁免申请 1：该部门执行率偏低已专项说明"));

            assertEquals(403, owner.get("/admin").statusCode());
            User admin = new User(server.base);
            assertEquals(302, admin.login("管理员甲", PASSWORD));
            admin.get("/admin");
            assertEquals(302, admin.post("/api/users", Map.of("name", "周新", "role", "auditor", "password", "another good password")).statusCode());
            assertEquals(302, new User(server.base).login("周新", "another good password"), "a user the admin added logs in");
            assertEquals(302, admin.post("/api/users", Map.of("name", "张规则", "role", "viewer")).statusCode());
            assertEquals(403, owner.post("/api/rules/save", save).statusCode(), "demoted: the live session loses the right at once");
            assertEquals(409, admin.post("/api/users", Map.of("name", "管理员甲", "role", "viewer")).statusCode(), "not oneself");
            assertEquals(403, owner.post("/api/users", Map.of("name", "张规则", "role", "admin")).statusCode());
            String log = admin.get("/admin").body();
            for (String action : List.of("login-failed", "login-locked", "login", "run-started", "rules-saved", "waiver-proposed",
                    "waiver-approved", "user-added", "user-changed")) {
                assertTrue(log.contains("<td>" + action + "</td>"), action + " in the audit log");
            }
            assertEquals(302, admin.post("/logout", Map.of()).statusCode());
            assertEquals(302, admin.get("/runs").statusCode(), "logged out");
            assertEquals(302, nobody.get("/runs").statusCode(), "never logged in");
        }
    }
}
