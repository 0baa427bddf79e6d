package dev.selfeval.ingest.parse;

import dev.selfeval.model.Header;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A header value stands between its label and the next header label: a label is never another label's
 * value, and a field written under two labels (地方主管部门 | 资金使用单位) takes the first one filled.
 */
class HeaderBlockTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "'地方主管部门\t\t资金使用单位\t'|none",
            "'地方主管部门\t\t资金使用单位\t某县文化馆'|某县文化馆",
            "'地方主管部门\t某县文旅局\t资金使用单位\t某县文化馆'|某县文旅局",
            "'地方主管部门\t某县文旅局\t资金使用单位\t'|某县文旅局"})
    void theImplementingUnitIsTheFirstOfItsLabelsFilled(String row, String unit, @TempDir Path tmp) throws Exception {
        Path form = tmp.resolve("form.txt");
        Files.writeString(form, "中央某专项资金转移支付绩效目标自评表\n(2021年度)\n转移支付(项目)名称\t某专项资金\n中央主管部门\t某部\n"
                + row + "\n", StandardCharsets.UTF_8);
        Header h = Fixtures.read(form).forms().get(0).header();
        assertEquals("某专项资金", h.projectName());
        assertEquals("某部", h.department());
        assertEquals(unit, h.implementingUnit());
    }
}
