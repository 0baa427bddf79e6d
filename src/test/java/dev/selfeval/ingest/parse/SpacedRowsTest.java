package dev.selfeval.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.json.FormJson;
import dev.selfeval.model.Form;
import dev.selfeval.model.SourceRef;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Forms whose cells were run together with spaces read as the same form with its cells apart. */
class SpacedRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TABBED = Path.of("rules/tests/FUND-RATE/quiet.txt");

    /** A form as canonical JSON without where things are (ids, lines, places): what was read. */
    private static JsonNode read(Path file) throws Exception {
        List<Form> forms = Fixtures.read(file).forms();
        assertEquals(1, forms.size(), file.toString());
        JsonNode n = JSON.readTree(FormJson.write(forms.get(0)));
        strip(n);
        return n;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove(List.of("id", "line", "source", "places", "problems", "cells", "placed")); // cells are cut apart differently
        }
        n.forEach(SpacedRowsTest::strip);
    }

    @Test
    void theChizhouFormAsPublishedOnOneLineReadsAsItsTabbedCopy() throws Exception {
        assertEquals(read(Path.of("fixtures/provinces/anhui-chizhou-2022.txt")),
                read(Path.of("fixtures/provinces/anhui-chizhou-2022-dump.txt")));
    }

    @ParameterizedTest(name = "cells apart by {0}")
    @ValueSource(strings = {"one space", "two spaces", "one line"})
    void aFormWithItsCellsRunTogetherReadsAsTheTabbedForm(String how, @TempDir Path tmp) throws Exception {
        String tabbed = Files.readString(TABBED);
        String spaced = switch (how) {
            case "one space" -> tabbed.replaceAll("\t+", " ");
            case "two spaces" -> tabbed.replaceAll("\t+", "  ");
            default -> tabbed.replaceAll("\t+", " ").replace("\n", " ");
        };
        Path file = tmp.resolve("spaced.txt");
        Files.writeString(file, spaced);
        assertEquals(read(TABBED), read(file));
    }

    @Test
    void wordsThatFitNoColumnStayARowOfTheirOwn() {
        // a layout whose 分值 comes before the target cannot be cut: the words stay one row, which the parser reports
        List<GridRow> rows = SpacedRuns.regrid(List.of(row("绩效指标 一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分 "
                + "产出指标 数量指标 培训人次 20 ≥100人次 120人次 20")), Fixtures.templates());
        assertEquals(List.of(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"),
                List.of("产出指标", "数量指标", "培训人次", "20", "≥100人次", "120人次", "20")), texts(rows));
    }

    @Test
    void aSentenceWithSpacesInATabbedFileIsLeftAlone() {
        GridRow goal = row("为辖区 60 岁以上老年人提供助餐服务");
        assertEquals(List.of(goal), SpacedRuns.regrid(List.of(goal), Fixtures.templates()));
    }

    @Test
    void levelNamesWithoutAnIndicatorAreRowsOfTheirOwn() {
        List<GridRow> rows = SpacedRuns.regrid(List.of(row("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
                + "偏差原因分析及改进措施 效益指标(30分) 社会效益指标 影响程度 效果明显 达成预期指标 10 10 部分延后 经济效益指标 "
                + "满意度指标(10分) 满意度指标 公众满意度 ≥90% 95% 10 10")), Fixtures.templates());
        assertEquals(List.of(
                List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                List.of("", "效益指标(30分)", "社会效益指标", "影响程度", "效果明显", "达成预期指标", "10", "10", "部分延后"),
                List.of("", "", "经济效益指标", "", "", "", "", "", ""),
                List.of("", "满意度指标(10分)", "满意度指标", "公众满意度", "≥90%", "95%", "10", "10", "")), texts(rows));
    }

    @Test
    void aHeaderFromItsLevel1ColumnWrappedOntoTheNextLineGoesOnOverBlankLines() {
        // a web page's table as text: no 绩效指标 cell, 年度 / 指标值 and 实际 / 完成值 wrapped, blank lines between rows
        List<GridRow> rows = SpacedRuns.regrid(List.of(row(1, "一级指标 二级指标 三级指标 年度 实际 分值 得分"), row(2, "指标值 完成值"),
                row(3, ""), row(4, "产出指标 数量指标 服务对象人数 100人次 100人次 15 15")), Fixtures.templates());
        assertEquals(List.of(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
                List.of("产出指标", "数量指标", "服务对象人数", "100人次", "100人次", "15", "15")), texts(rows));
    }

    @Test
    void theMoneyUnitOnALineOfItsOwnIsTheFundLabelsSecondLine() {
        List<GridRow> rows = SpacedRuns.regrid(List.of(row(1, "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分"), row(2, "(万元)"),
                row(3, "年度资金总额 287 287 171 10 60% 6")), Fixtures.templates());
        assertEquals(List.of(List.of("项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                List.of("年度资金总额", "287", "287", "171", "10", "60%", "6")), texts(rows));
    }

    private static GridRow row(int line, String text) {
        return new GridRow(line, new SourceRef("t.txt", line), List.of(Cell.of(text)));
    }

    private static GridRow row(String text) {
        return new GridRow(1, new SourceRef("t.txt", 1), List.of(Cell.of(text)));
    }

    private static List<List<String>> texts(List<GridRow> rows) {
        List<List<String>> out = new ArrayList<>();
        for (GridRow r : rows) {
            out.add(r.cells().stream().map(Cell::text).toList());
        }
        return out;
    }
}
