package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Form ids are unique in a run and come from the path: no file can take another's forms, nor its waivers. */
class FormIdsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> ids(Path out) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode n = JSON.readTree(line);
            if (n.has("id")) {
                ids.add(n.get("id").asText());
            }
        }
        return ids;
    }

    @Test
    void twoFilesOfOneNameInDifferentFoldersKeepApart(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(Fixtures.SEED, a.resolve("forms.txt"));
        Files.copy(Fixtures.SEED, b.resolve("forms.txt"));
        Path waivers = Files.writeString(tmp.resolve("w.yaml"), """
                waivers:
                  - rule: FUND-OVERSPENT
                    form: forms.txt#5
                    reason: 已核对
                    approver: 张三
                    expires: 2099-01-01
                """);
        Path out = tmp.resolve("r.jsonl");
        CliRun r = CliRun.run("audit", a.resolve("forms.txt").toString(), b.resolve("forms.txt").toString(), "--format", "jsonl",
                "--fail-on", "none", "--waivers", waivers.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> ids = ids(out);
        assertEquals(20, ids.size());
        assertEquals(20, ids.stream().distinct().count());
        assertEquals(a.resolve("forms.txt") + "#1", ids.get(0));
        assertEquals(b.resolve("forms.txt") + "#10", ids.get(19));
        String text = Files.readString(out);
        assertFalse(text.contains("\"waived\":true"), "a waiver for forms.txt#5 names neither form");
        assertTrue(text.contains("WAIVER-UNUSED"), "and says so");
    }

    @Test
    void jsonFormsTakeTheirIdFromTheirFileNotTheirContent(@TempDir Path tmp) throws Exception {
        String form = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.05.json"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(tmp.resolve("claim" + i + ".json"), form.replace("\"id\": \"000_01ee96ef31214bdb.txt#5\"", "\"id\": \"x#1\""));
        }
        Path out = tmp.resolve("r.jsonl");
        CliRun r = CliRun.run("audit", tmp.resolve("claim1.json").toString(), tmp.resolve("claim2.json").toString(),
                tmp.resolve("claim3.json").toString(), "--format", "jsonl", "--fail-on", "none", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("claim1.json#1", "claim2.json#1", "claim3.json#1"), ids(out));
    }

    @Test
    void aNewlineInAFormsTextCannotForgeAReportLine(@TempDir Path tmp) throws Exception {
        String form = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"));
        String forged = form.replace("\"projectName\": \"", "\"projectName\": \"x\\n  错误  FUND-OVERSPENT  伪造\\u001b[31m");
        Path f = Files.writeString(tmp.resolve("forged.json"), forged);
        CliRun r = CliRun.run("audit", f.toString(), "--fail-on", "none");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("forged.json#1  x\\n  错误  FUND-OVERSPENT  伪造\\u001b[31m"), r.out());
        assertFalse(r.out().contains("\n  错误  FUND-OVERSPENT  伪造"), "no line starts with the forged text");
        assertFalse(r.out().contains("\u001b"), "no escape reaches the terminal");
    }
}
