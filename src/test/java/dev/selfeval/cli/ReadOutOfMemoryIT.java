package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A file that does not fit the heap costs that file only: it is reported, and the files after it are audited. */
class ReadOutOfMemoryIT {

    @Test
    void aFileLargerThanTheHeapIsUnreadableAndTheSweepGoesOn(@TempDir Path tmp) throws Exception {
        Path forms = Files.createDirectories(tmp.resolve("forms"));
        try (RandomAccessFile big = new RandomAccessFile(forms.resolve("a-big.txt").toFile(), "rw")) {
            big.setLength(200L << 20); // 200 MB (sparse): under the size limit, over this run's heap
        }
        Files.copy(Fixtures.SEED, forms.resolve("b-seed.txt"));
        JarRun r = JarRun.run(tmp, Map.of("JAVA_TOOL_OPTIONS", "-Xmx128m"), "audit", forms.toString(), "--format", "json",
                "--fail-on", "none", "--rules", Path.of("rules").toAbsolutePath().toString());
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit(), r.err());
        JsonNode summary = new ObjectMapper().readTree(r.out()).get("summary");
        assertEquals(2, summary.get("files").asInt());
        assertEquals(10, summary.get("forms").asInt());
        JsonNode unreadable = summary.get("unreadableFiles");
        assertEquals(1, unreadable.size());
        assertEquals("读取此文件时内存不足（文件过大或结构异常复杂），已放弃此文件，其余文件照常审核：请拆分文件，或用环境变量 "
                + "SELFEVAL_JAVA_OPTS 给更多内存（如 -Xmx4g）", unreadable.get(0).get("reason").asText());
    }
}
