package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule, parameter and template files saved by an editor in another encoding are read as written
 * (GB18030, UTF-16, UTF-8 with a BOM) or refused with the file, the line and the fix; never misread.
 */
class RuleFileEncodingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset GB = Charset.forName("GB18030");

    private static JsonNode byRule(Path rules) throws Exception {
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--rules", rules.toString(), "--format", "json",
                "--fail-on", "none", "--no-cache");
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out()).at("/summary/byRule");
    }

    private static void resave(Path file, Charset cs, byte... prefix) throws Exception {
        byte[] text = Files.readString(file, StandardCharsets.UTF_8).getBytes(cs);
        byte[] out = new byte[prefix.length + text.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(text, 0, out, prefix.length, text.length);
        Files.write(file, out);
    }

    @Test
    void filesSavedInGbkUtf16OrWithABomGiveTheSameFindings(@TempDir Path tmp) throws Exception {
        JsonNode shipped = byRule(Rules.DIR);
        Path rules = Rules.copy(tmp.resolve("rules"));
        resave(rules.resolve("parameters.yaml"), GB);
        resave(rules.resolve("funds.drl"), GB);
        resave(rules.resolve("indicators.drl"), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
        resave(rules.resolve("templates/national.yaml"), StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        resave(rules.resolve("vocabulary.yaml"), GB);
        assertEquals(shipped, byRule(rules));
        CliRun check = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void aByteThatDoesNotDecodeIsRefusedWithItsLineAndTheFix(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path params = rules.resolve("parameters.yaml");
        String text = Files.readString(params, StandardCharsets.UTF_8);
        int line3 = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 2];
        int at = text.substring(0, line3).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(utf8, 0, bytes, 0, at);
        bytes[at] = (byte) 0xE4; // a character cut after its first byte, followed by a newline
        bytes[at + 1] = (byte) '#';
        System.arraycopy(utf8, at, bytes, at + 2, utf8.length - at);
        Files.write(params, bytes);
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        assertTrue(r.err().contains(params.toString().replace('\\', '/') + ":3: 第 3 行有按 UTF-8 无法解码的字节（E4）：请在编辑器中用 UTF-8 编码另存此文件"),
                r.err());
    }
}
