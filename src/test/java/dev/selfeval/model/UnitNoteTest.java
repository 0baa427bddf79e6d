package dev.selfeval.model;

import dev.selfeval.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The unit a note above the funds table names, by the shipped vocabulary (layout.unitNotes, money). */
class UnitNoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "单位：万元|万元",
            "单位:元|元",
            "金额单位： 万元|万元",
            "（资金单位：万元）|万元",
            "单位：某某局|null",
            "单位：元宝山区财政局|null",
            "填报单位：万元|null",
            "项目资金（万元）|null",
            "万元|null"})
    void aNoteNamesAMoneyUnitAndNothingElse(String text, String unit) throws Exception {
        assertEquals(unit, Fixtures.templates().vocabulary().unitNote(text));
    }
}
