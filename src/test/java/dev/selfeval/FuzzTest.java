package dev.selfeval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.Format;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.model.Form;
import dev.selfeval.report.Reporter;
import dev.selfeval.report.Reporters;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated forms in every format the reader takes: nothing escapes as an exception, every form of a
 * readable file is audited and rendered, every JSONL line parses with a standard parser, and a sweep
 * of mutated files accounts for each file and exits with a documented code. The cases are drawn from
 * fixed seeds, so a run is repeatable; a failure names the case's seed and mutation count.
 */
class FuzzTest {
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Cell texts that have broken readers: numbers no form can mean, blanks, markup, controls, other scripts. */
    private static final List<String> NASTY = List.of("", " ", "—", "/", "1e999999999", "9".repeat(70), "-5", "0", "abc",
            "１２３", "=1+1", "+1", "@SUM(A1)", "<b>", "</td>", "%", "100%", "1000%", "NaN", "Infinity", "1,2,3", "12,3a4",
            "0.00000000001", "∞", "😀", "\u202e反", "\u001b[31m", "a\tb", "总分", "合计", "绩效指标", "项目名称", "年度资金总额",
            "产出指标", "≥", ">=90%", "≤16元", "150万", "1.2亿", "指标1", "……", "优", "- 3 -", "财政项目支出绩效自评表");
    private static final byte[] SEED;
    private static final String SEED_JSON;
    private static final byte[] XLSX;

    static {
        try {
            SEED = Files.readAllBytes(Fixtures.SEED);
            SEED_JSON = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.05.json"));
            XLSX = Files.readAllBytes(Path.of("fixtures/samples/seed-forms.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Auditor AUDITOR = Rules.auditor();

    /** One case: the seed of its mutations, and how many. */
    private record Case(long seed, int mutations) {
    }

    /** {@code n} cases with 1 to {@code max} mutations each, drawn from a fixed seed per property. */
    private static List<Case> cases(String property, int n, int max) {
        Random rnd = new Random(property.hashCode());
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Case(rnd.nextLong(), 1 + rnd.nextInt(max)));
        }
        return out;
    }

    /** Runs each case; a failure is reported with the case that made it. */
    private static void each(List<Case> cases, CaseCheck check) {
        for (Case c : cases) {
            try {
                check.run(c.seed(), c.mutations());
            } catch (Exception | AssertionError e) {
                throw new AssertionError("seed " + c.seed() + ", " + c.mutations() + " mutations: " + e.getMessage(), e);
            }
        }
    }

    @FunctionalInterface
    private interface CaseCheck {
        void run(long seed, int mutations) throws Exception;
    }

    /** Reads, audits and renders one file as a sweep would; checks the invariants. */
    private static void survives(byte[] bytes, String name, Format format) throws IOException {
        FileResult r = FormReaders.read(bytes, name, name, null, format, Fixtures.templates());
        if (!r.readable()) {
            assertFalse(r.errorMessage().isBlank(), "an unreadable file says why");
            return;
        }
        assertFalse(r.forms().isEmpty(), "a readable file has forms");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        @SuppressWarnings("unchecked") // the line formats render to bytes
        Reporter<byte[]> jsonl = (Reporter<byte[]>) Reporters.create("jsonl", out, false);
        for (Form f : r.forms()) {
            FormAudit a = AUDITOR.audit(f);
            byte[] line = jsonl.render(a);
            JsonNode n = STRICT_JSON.readTree(new String(line, StandardCharsets.UTF_8));
            assertEquals(f.id(), n.get("id").asText());
            Reporters.create("text", new ByteArrayOutputStream(), false).render(a);
            Reporters.create("csv", new ByteArrayOutputStream(), false).render(a);
        }
    }

    /** The seed's text with some of its lines, cells and bytes changed. */
    static byte[] mutatedText(long seed, int mutations) {
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>(List.of(new String(SEED, StandardCharsets.UTF_8).split("\n", -1)));
        for (int k = 0; k < mutations && !lines.isEmpty(); k++) {
            int i = rnd.nextInt(lines.size());
            switch (rnd.nextInt(7)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(rnd.nextInt(lines.size())));
                case 2 -> {
                    String[] cells = lines.get(i).split("\t", -1);
                    cells[rnd.nextInt(cells.length)] = NASTY.get(rnd.nextInt(NASTY.size()));
                    lines.set(i, String.join("\t", cells));
                }
                case 3 -> lines.set(i, lines.get(i).replace('\t', ' '));
                case 4 -> lines.set(i, lines.get(i) + "\t" + NASTY.get(rnd.nextInt(NASTY.size())));
                case 5 -> lines.add(i, String.join("\t", NASTY.get(rnd.nextInt(NASTY.size())), NASTY.get(rnd.nextInt(NASTY.size()))));
                default -> lines.set(i, lines.get(i).replace("\t\t", "\t"));
            }
        }
        byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(4) == 0 && b.length > 0) {
            b[rnd.nextInt(b.length)] = (byte) (0x80 + rnd.nextInt(0x80)); // a damaged byte
        }
        if (rnd.nextInt(4) == 0) {
            b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1)); // cut off anywhere
        }
        return b;
    }

    @Test
    void mutatedSeedText() {
        each(cases("text", 300, 12), (seed, mutations) -> survives(mutatedText(seed, mutations), "m.txt", Format.TEXT));
    }

    @Test
    void mutatedJsonForm() {
        each(cases("json", 300, 6), FuzzTest::mutatedJsonForm);
    }

    private static void mutatedJsonForm(long seed, int mutations) throws IOException {
        Random rnd = new Random(seed);
        String json = SEED_JSON;
        String[] values = {"0", "-1", "1e999999999", "1e-999999999", "99999999999999999999", "null", "\"x\"", "true", "[]",
                "{}", "0.5", "\"\\u0000\"", "\"\\n[ERROR]\""};
        for (int k = 0; k < mutations; k++) {
            // replace one value after a colon with another kind of value
            int colon = json.indexOf(": ", rnd.nextInt(json.length()));
            if (colon < 0) {
                continue;
            }
            int end = colon + 2;
            while (end < json.length() && ",\n}]".indexOf(json.charAt(end)) < 0) {
                end++;
            }
            json = json.substring(0, colon + 2) + values[rnd.nextInt(values.length)] + json.substring(end);
        }
        survives(json.getBytes(StandardCharsets.UTF_8), "m.json", Format.JSON);
    }

    @Test
    void mutatedWorkbook() {
        each(cases("xlsx", 25, 20), FuzzTest::mutatedWorkbook);
    }

    private static void mutatedWorkbook(long seed, int mutations) throws IOException {
        Random rnd = new Random(seed);
        byte[] bytes;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(XLSX))) {
            for (int k = 0; k < mutations; k++) {
                Sheet sheet = wb.getSheetAt(rnd.nextInt(wb.getNumberOfSheets()));
                Row row = sheet.getRow(rnd.nextInt(Math.max(1, sheet.getLastRowNum() + 1)));
                if (row == null) {
                    continue;
                }
                Cell cell = row.getCell(rnd.nextInt(Math.max(1, row.getLastCellNum())), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                switch (rnd.nextInt(3)) {
                    case 0 -> cell.setCellValue(NASTY.get(rnd.nextInt(NASTY.size())));
                    case 1 -> cell.setCellValue(rnd.nextBoolean() ? rnd.nextDouble() * 1e6 : Math.pow(10, rnd.nextInt(600) - 300));
                    default -> cell.setBlank();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        survives(bytes, "m.xlsx", Format.XLSX);
    }

    /** A sweep of mutated files through the command line: every file counted, a documented exit code, JSONL that parses. */
    @Test
    void sweepOfMutatedFiles() {
        each(cases("sweep", 4, 1), (seed, unused) -> sweepOfMutatedFiles(seed));
    }

    private static void sweepOfMutatedFiles(long seed) throws IOException {
        Path dir = Files.createTempDirectory("selfeval-fuzz");
        try {
            Random rnd = new Random(seed);
            int files = 12;
            for (int i = 0; i < files; i++) {
                Files.write(dir.resolve("f" + i + ".txt"), mutatedText(rnd.nextLong(), 1 + rnd.nextInt(12)));
            }
            Path out = dir.resolve("report.jsonl.out");
            CliRun r = CliRun.run("audit", dir.toString() + "/f*.txt", "--format", "jsonl", "--out", out.toString(), "--threads", "2");
            assertTrue(Set.of(0, 1, 3).contains(r.exit()), "exit " + r.exit() + ": " + r.err());
            List<String> lines = Files.readAllLines(out);
            JsonNode summary = null;
            for (String line : lines) {
                JsonNode n = STRICT_JSON.readTree(line);
                summary = n.has("summary") ? n.get("summary") : summary;
            }
            assertTrue(summary != null, "the run ends with its summary");
            assertEquals(files, summary.get("files").asInt());
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
