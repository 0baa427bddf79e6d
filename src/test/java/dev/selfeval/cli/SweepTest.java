package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.corpus.CorpusGenerator;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sweeps of many forms: every planted fault found and nothing else, the same bytes on any thread count. */
class SweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path corpus;

    @BeforeAll
    static void generate() throws Exception {
        new CorpusGenerator(42).generate(1500, 37, corpus);
    }

    @Test
    void findsEveryPlantedFaultAndNothingElse() throws Exception {
        Path out = corpus.resolve("report.jsonl");
        CliRun r = CliRun.run("audit", corpus.resolve("forms").toString(), "--format", "jsonl", "--fail-on", "none",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        Set<String> expectedGroups = new TreeSet<>();
        for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"))) {
            JsonNode m = JSON.readTree(line);
            if (m.has("sweep")) {
                expectedGroups.add(m.get("sweep").asText() + " " + m.get("forms"));
            } else {
                Map<String, Integer> counts = new TreeMap<>();
                m.get("expect").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
                expected.put(m.get("id").asText(), counts);
            }
        }
        Map<String, Map<String, Integer>> found = new TreeMap<>();
        Set<String> foundGroups = new TreeSet<>();
        JsonNode summary = null;
        for (String line : Files.readAllLines(out)) {
            JsonNode n = JSON.readTree(line);
            if (n.has("id")) {
                Map<String, Integer> counts = new TreeMap<>();
                n.get("findings").forEach(f -> counts.merge(f.get("ruleId").asText(), 1, Integer::sum));
                found.put(n.get("id").asText(), counts);
            } else if (n.has("crossForm")) {
                foundGroups.add(n.at("/crossForm/ruleId").asText() + " " + n.at("/crossForm/forms"));
            } else if (n.has("summary")) {
                summary = n.get("summary");
            }
        }
        assertEquals(1500, expected.size());
        List<String> differences = new ArrayList<>();
        for (String id : expected.keySet()) {
            if (!expected.get(id).equals(found.getOrDefault(id, Map.of()))) {
                differences.add(id + ": planted " + expected.get(id) + ", found " + found.get(id));
            }
        }
        for (String id : found.keySet()) {
            if (!expected.containsKey(id)) {
                differences.add(id + ": not in the manifest");
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(expectedGroups, foundGroups);
        assertTrue(expectedGroups.size() > 5, "the corpus plants cross-form groups");
        assertTrue(expected.values().stream().filter(m -> !m.isEmpty()).count() > 400, "and many faults");
        assertEquals(1500, summary.get("forms").asInt());
        assertEquals((1500 + 36) / 37, summary.get("files").asInt());
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameBytes() throws Exception {
        Path one = corpus.resolve("one.jsonl");
        Path two = corpus.resolve("two.jsonl");
        assertEquals(0, CliRun.run("audit", corpus.resolve("forms").toString(), "--format", "jsonl", "--fail-on", "none",
                "--threads", "1", "--out", one.toString()).exit());
        assertEquals(0, CliRun.run("audit", corpus.resolve("forms").toString(), "--format", "jsonl", "--fail-on", "none",
                "--threads", "2", "--out", two.toString()).exit());
        assertEquals(withoutTiming(one), withoutTiming(two));
    }

    /** The file with the two timing fields of the summary (the last line) blanked. */
    private static String withoutTiming(Path jsonl) throws Exception {
        String text = Files.readString(jsonl, StandardCharsets.UTF_8);
        String timed = text.replaceAll("\"elapsedSeconds\":[0-9.E-]+,\"formsPerSecond\":[0-9]+", "TIMING");
        assertTrue(timed.contains("TIMING"));
        return timed;
    }

    @Test
    void everyFileIsAccountedFor(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.HOSTILE.resolve("empty.txt"), dir.resolve("a-empty.txt"));
        Files.copy(Fixtures.HOSTILE.resolve("binary.png"), dir.resolve("b-binary.png"));
        Files.copy(Fixtures.HOSTILE.resolve("seed-gbk.txt"), dir.resolve("c-gbk.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Fixtures.SEED, dir.resolve("sub/d-seed.txt"));
        Path out = dir.resolve("../report.json").normalize();
        CliRun r = CliRun.run("audit", dir.toString(), "--format", "json", "--fail-on", "none", "--out", out.toString());
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit(), r.err());
        JsonNode root = JSON.readTree(out.toFile());
        JsonNode s = root.get("summary");
        assertEquals(4, s.get("files").asInt());
        assertEquals(20, s.get("forms").asInt());
        assertEquals(2, s.get("unreadable").asInt());
        String dirName = dir.getFileName().toString();
        assertEquals("文件为空", s.at("/unreadableFiles/0/reason").asText());
        assertTrue(s.at("/unreadableFiles/1/reason").asText().startsWith("二进制文件"));
        List<String> ids = new ArrayList<>();
        root.get("forms").forEach(f -> ids.add(f.get("id").asText()));
        assertEquals(22, ids.size());
        assertEquals(dirName + "/a-empty.txt", ids.get(0));
        assertEquals(dirName + "/b-binary.png", ids.get(1));
        assertEquals(dirName + "/c-gbk.txt#1", ids.get(2));
        assertEquals(dirName + "/sub/d-seed.txt#10", ids.get(21));
        assertEquals("PARSE-UNREADABLE", root.at("/forms/1/findings/0/ruleId").asText());
        // the GBK copy and the UTF-8 seed are the same projects: every name is reported as duplicated
        assertEquals(10, s.at("/byRule/SWEEP-DUPLICATE-PROJECT").asInt());
    }

    @Test
    void aThrowingRuleCostsOnlyItsResult(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.copy(Path.of("rules/tests/ENGINE-RULE-ERROR/boom.drl"), rules.resolve("boom.drl"));
        Path out = tmp.resolve("r.jsonl");
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--rules", rules.toString(), "--format", "jsonl",
                "--fail-on", "none", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        JsonNode form3 = JSON.readTree(lines.get(3));
        List<String> ids = new ArrayList<>();
        form3.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        assertTrue(ids.contains("ENGINE-RULE-ERROR"), ids.toString());
        assertTrue(ids.contains("FUND-RATE"), "the other rules' results are kept: " + ids);
        assertEquals(10, JSON.readTree(lines.get(lines.size() - 1)).at("/summary/byRule/ENGINE-RULE-ERROR").asInt());
    }
}
