package dev.selfeval.report;

import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Severity;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sweep counts each file on its worker and merges the parts in input order. */
class SummaryTest {
    @Test
    void mergedPartsCountAsOneSummaryOfEveryForm() {
        Auditor a = Rules.auditor();
        List<FormAudit> audits = Fixtures.seedForms().stream().map(a::audit).toList();
        Summary whole = new Summary();
        whole.file();
        whole.file();
        audits.forEach(whole::add);
        whole.unreadable("a.txt", 3, "二进制文件");
        whole.unreadable("b.txt", 0, "文件为空");

        Summary first = new Summary();
        first.file();
        audits.subList(0, 4).forEach(first::add);
        first.unreadable("a.txt", 3, "二进制文件");
        Summary second = new Summary();
        second.file();
        audits.subList(4, audits.size()).forEach(second::add);
        second.unreadable("b.txt", 0, "文件为空");
        Summary merged = new Summary();
        merged.merge(first);
        merged.merge(second);

        assertEquals(2, merged.files());
        assertEquals(10, merged.forms());
        assertEquals(whole.unreadable(), merged.unreadable());
        for (Severity s : Severity.values()) {
            assertEquals(whole.count(s), merged.count(s), s.name());
            assertEquals(whole.waived(s), merged.waived(s), s.name());
        }
        assertEquals(whole.byRule(), merged.byRule());
        assertEquals(whole.grades(), merged.grades());
        assertEquals(whole.departments(), merged.departments());
        assertEquals(Map.of(), merged.baseline());
        // the seed's figures, so that the comparison above cannot pass on two empty summaries
        assertEquals(Map.of("优", 8, "差", 2), merged.grades()); // forms 9 and 10 score 0
    }
}
