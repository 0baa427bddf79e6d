package dev.selfeval.engine;

import dev.selfeval.engine.run.Auditor;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ten seed forms in every format the samples come in give exactly the seed's findings, form by
 * form: rule, severity, where in the form, message and values (only where in the file differs).
 */
class SampleFormatsAuditTest {

    static List<String> findings(List<Form> forms) {
        Auditor a = Rules.auditor();
        return forms.stream().map(a::audit).map(audit -> String.join("\n", audit.findings().stream()
                .map(SampleFormatsAuditTest::meaning).toList())).toList();
    }

    private static String meaning(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.location().path() + " | " + f.message() + " | " + f.expected()
                + " | " + f.actual();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-forms.xlsx", "seed-forms.xls", "seed-forms.docx", "seed-forms.pdf", "seed-kangxi.txt"})
    void sameFindingsAsTheTextSeed(String name) {
        FileResult r = Fixtures.read(Fixtures.ROOT.resolve("samples").resolve(name));
        assertTrue(r.readable(), r::errorMessage);
        List<String> seed = new ArrayList<>(findings(Fixtures.seedForms()));
        List<String> read = findings(r.forms());
        assertEquals(10, read.size());
        if (name.endsWith(".pdf")) {
            // form 5's rate, 1000.00%, is too wide for its column: the PDF prints ### and the reader says so
            List<String> five = new ArrayList<>(List.of(seed.get(4).split("\n")));
            five.add(1, "PARSE-UNREADABLE ERROR 读表 › 项目资金 年度资金总额 执行率 | 第 5 页 第 6 行 第 7 列 项目资金 年度资金总额 "
                    + "执行率「###」是表格软件在列宽不足时显示的符号，数值没有印出来，按空白处理 | null | ###");
            seed.set(4, String.join("\n", five));
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(seed.get(i), read.get(i), name + " form " + (i + 1));
        }
    }
}
