package dev.selfeval.ingest;

import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A read over its time is the file's refusal, with the limit; reads within it are untouched. */
class ReadBudgetTest {
    private static final Templates TEMPLATES = Fixtures.templates();

    @Test
    void aReadOverItsTimeIsUnreadableWithTheLimit() {
        ReadBudget.limit(Duration.ofMillis(0));
        try {
            FileResult r = FormReaders.read(new InputFile(Fixtures.SEED, "seed.txt", "seed.txt"), null, TEMPLATES);
            assertEquals("读取超过每个文件 0 秒的时限，已停止读取：文件可能异常庞大复杂，或已损坏（确需读取时可用 --read-timeout 放宽时限）",
                    r.error());
            assertEquals(List.of(), r.forms());
        } finally {
            ReadBudget.limit(ReadBudget.DEFAULT);
        }
    }

    @Test
    void everyFormatStopsOverItsTime() {
        ReadBudget.limit(Duration.ofMillis(0));
        try {
            for (String sample : new String[] {"xlsx", "xls", "docx", "pdf"}) {
                Path file = Path.of("fixtures/samples/seed-forms." + sample); // written by an office suite
                FileResult r = FormReaders.read(new InputFile(file, file.toString(), file.getFileName().toString()), null, TEMPLATES);
                assertEquals("读取超过每个文件 0 秒的时限，已停止读取：文件可能异常庞大复杂，或已损坏（确需读取时可用 --read-timeout 放宽时限）",
                        r.error(), sample);
            }
        } finally {
            ReadBudget.limit(ReadBudget.DEFAULT);
        }
    }

    @Test
    void outsideAReadTheClockNeverStops() {
        ReadBudget.limit(Duration.ZERO);
        try {
            ReadBudget.check();
        } finally {
            ReadBudget.limit(ReadBudget.DEFAULT);
        }
    }
}
