package dev.selfeval.ingest;

import dev.selfeval.model.Form;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad inputs give a message naming file and line; the good forms beside them are still read. */
class HostileInputTest {

    @Test
    void emptyFile() {
        FileResult r = Fixtures.read(Fixtures.HOSTILE.resolve("empty.txt"));
        assertFalse(r.readable());
        assertEquals("fixtures/hostile/empty.txt: 文件为空", r.errorMessage());
    }

    @Test
    void binaryFile() {
        FileResult r = Fixtures.read(Fixtures.HOSTILE.resolve("binary.png"));
        assertFalse(r.readable());
        assertEquals("fixtures/hostile/binary.png:3: 二进制文件（第 3 行含 NUL 字节），不是文本表格", r.errorMessage());
    }

    /** A NUL byte right after a byte that is not UTF-8 (here a cut-off two-byte sequence) is still found. */
    @Test
    void nulAfterMalformedUtf8() {
        byte[] bytes = {'a', '\n', (byte) 0xC3, 0, 'b', (byte) 0xE4, (byte) 0xB8, 0};
        FileResult r = FormReaders.read(bytes, "x.txt", "x", null, Format.TEXT, Fixtures.templates());
        assertFalse(r.readable());
        assertEquals("x.txt:2: 二进制文件（第 2 行含 NUL 字节），不是文本表格", r.errorMessage());
    }

    @Test
    void textWithoutForm() {
        FileResult r = Fixtures.read(Fixtures.HOSTILE.resolve("no-form.txt"));
        assertFalse(r.readable());
        assertEquals("fixtures/hostile/no-form.txt: 未找到任何自评表：没有「项目支出绩效自评表」标题行，也没有「项目名称」行",
                r.errorMessage());
    }

    @Test
    void blankOnlyFile() {
        FileResult r = FormReaders.read("\n \t\n".getBytes(), "blank.txt", "blank.txt", null, Format.TEXT, Fixtures.templates());
        assertEquals("blank.txt: 文件只有空白，没有表格", r.errorMessage());
    }

    @Test
    void formCutOffInItsIndicatorTable() {
        FileResult r = Fixtures.read(Fixtures.HOSTILE.resolve("truncated.txt"));
        assertTrue(r.readable());
        List<Form> forms = r.forms();
        assertEquals(3, forms.size(), "the cut form and the good ones around it");
        assertEquals(List.of(), forms.get(0).problems());
        assertEquals(List.of(), forms.get(2).problems());
        assertEquals("政府购买服务人员专项经费", forms.get(2).projectName());
        assertEquals("97.93", forms.get(2).total().score().toPlainString());

        Form cut = forms.get(1);
        assertEquals("宝山区城市运行管理中心物业服务经费", cut.projectName());
        assertEquals(3, cut.indicators().size(), "rows read before the cut are kept");
        assertNull(cut.total().score());
        assertEquals(List.of(new ReadProblem("PARSE-UNREADABLE", 44, "表格", "",
                "表格不完整：从第 30 行读到第 44 行，按表式「全国通用」未找到总分行，表格可能被截断或格式不同；"
                + "依赖这些部分的规则不运行，已读出的其余内容照常审核。若本表是另一种表式，请在规则目录 templates/ 中为它写模板（见 docs/templates.md）")), cut.problems());
    }

    @Test
    void malformedNumbers() {
        FileResult r = Fixtures.read(Fixtures.HOSTILE.resolve("bad-number.txt"));
        Form f = r.forms().get(0);
        assertNull(f.fund(FundKind.TOTAL).executed(), "12,3a4 is not taken as a number");
        assertEquals("1155600.00", f.fund(FundKind.TOTAL).annualBudget().toPlainString(), "the rest of the row is read");
        Indicator quality = f.indicators().get(1);
        assertEquals("工作人员到岗率", quality.name());
        assertEquals("20", quality.weight().toPlainString());
        assertNull(quality.score());
        assertEquals(List.of(
                new ReadProblem("PARSE-UNREADABLE", 6, "项目资金 年度资金总额 全年执行数", "12,3a4",
                        "第 6 行 项目资金 年度资金总额 全年执行数「12,3a4」不是数字，按空白处理"),
                new ReadProblem("IND-BAD-NUMBER", 14, "绩效指标「工作人员到岗率」 得分", "2O",
                        "第 14 行 绩效指标「工作人员到岗率」 得分「2O」不是数字，按空白处理")), f.problems());
        assertEquals(5, f.indicators().size());
    }

    @Test
    void gbkCopyOfTheSeedReadsTheSame() throws Exception {
        FileResult gbk = Fixtures.read(Fixtures.HOSTILE.resolve("seed-gbk.txt"));
        assertEquals("GB18030", gbk.encoding());
        List<Form> utf8 = Fixtures.seedForms();
        assertEquals(10, gbk.forms().size());
        for (int i = 0; i < 10; i++) {
            Form a = utf8.get(i);
            Form b = gbk.forms().get(i);
            assertEquals(a.header(), b.header());
            assertEquals(a.funds(), b.funds());
            assertEquals(a.indicators(), b.indicators());
            assertEquals(a.total(), b.total());
        }
    }

    @Test
    void forcedEncodingThatDoesNotFit() throws Exception {
        Path gbk = Fixtures.HOSTILE.resolve("seed-gbk.txt");
        FileResult r = FormReaders.read(gbk, gbk.toString(), "seed-gbk.txt", Charset.forName("UTF-8"), Fixtures.templates());
        assertEquals("fixtures/hostile/seed-gbk.txt: 按指定编码 UTF-8 无法解码", r.errorMessage());
        FileResult ok = FormReaders.read(Files.readAllBytes(gbk), "x", "x", Charset.forName("GBK"), Format.TEXT, Fixtures.templates());
        assertEquals(10, ok.forms().size());
    }

    @Test
    void strayRowInsideAFormIsReportedNotDropped() {
        String text = String.join("\n",
                "财政项目支出绩效自评表", "(2023 年度)", "项目名称\t测试项目", "主管部门\t某局\t实施单位\t某中心",
                "项目资金 (元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t100\t100\t100\t10\t100.00%\t10",
                "这一行是扫描时混进来的批注",
                "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "\t产出指标\t数量指标\t培训次数\t>=4次\t4次\t90\t90\t",
                "总分\t\t\t\t\t\t100\t100");
        Form f = FormReaders.read(text.getBytes(), "t.txt", "t.txt", null, Format.TEXT, Fixtures.templates()).forms().get(0);
        assertEquals(List.of(new ReadProblem("PARSE-SKIPPED-ROW", 7, "", "这一行是扫描时混进来的批注",
                "第 7 行未能识别，已略过（项目资金表中无法识别的行）：这一行是扫描时混进来的批注")), f.problems());
        assertEquals(1, f.indicators().size());
    }

    private static Form firstSeedFormWith(java.util.function.UnaryOperator<List<String>> edit) throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Fixtures.SEED));
        String text = String.join("\n", edit.apply(lines));
        return FormReaders.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.txt", "p.txt", null, Format.TEXT,
                Fixtures.templates()).forms().get(0);
    }

    /** A page break in extracted text repeats a table's header (and leaves a page number): the rows above it stay. */
    @Test
    void aRepeatedTableHeaderKeepsTheRowsAboveIt() throws Exception {
        Form plain = Fixtures.seedForms().get(0);
        Form indicators = firstSeedFormWith(l -> {
            l.addAll(19, List.of("- 2 -", l.get(13)));
            return l;
        });
        assertEquals(plain.indicators().stream().map(Indicator::name).toList(),
                indicators.indicators().stream().map(Indicator::name).toList());
        assertEquals("效益指标", indicators.indicators().get(5).level1(), "the level read above the break carries on");
        assertEquals(List.of(), indicators.problems());
        Form funds = firstSeedFormWith(l -> {
            l.add(9, l.get(6));
            return l;
        });
        assertEquals("928050", funds.fund(FundKind.TOTAL).executed().toPlainString());
        assertEquals("928050", funds.fund(FundKind.APPROPRIATION).annualBudget().toPlainString());
        assertEquals(List.of(), funds.missing());
    }

    @Test
    void anIndicatorRowAfterTheTotalIsReportedNotDropped() throws Exception {
        Form f = firstSeedFormWith(l -> {
            l.add(28, "\t满意度指标\t服务对象满意度指标\t群众满意度\t>=90%\t80%\t10\t0\t满意度调查未达标");
            return l;
        });
        assertEquals(8, f.indicators().size());
        assertEquals(List.of(new ReadProblem("PARSE-SKIPPED-ROW", 29, "",
                " | 满意度指标 | 服务对象满意度指标 | 群众满意度 | >=90% | 80% | 10 | 0 | 满意度调查未达标",
                "第 29 行未能识别，已略过（在总分行之后，未计入本表的指标和总分；若是漏排的指标，请移到总分行之前）："
                + " | 满意度指标 | 服务对象满意度指标 | 群众满意度 | >=90% | 80% | 10 | 0 | 满意度调查未达标")), f.problems());
    }

    /** One broken byte costs its line a PARSE finding with the bytes shown, not the file's ten forms. */
    @Test
    void oneBrokenByteIsNamedOnItsLineAndTheFileIsRead() throws Exception {
        byte[] seed = Files.readAllBytes(Fixtures.SEED);
        String text = new String(seed, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf("宝山区城市运行管理中心物业服务经费")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 9;
        byte[] broken = seed.clone();
        broken[at] = (byte) 0xFF; // the first byte of 城 (E5 9F 8E): three bytes that do not decode
        FileResult r = FormReaders.read(broken, "b.txt", "b.txt", null, Format.TEXT, Fixtures.templates());
        assertEquals(10, r.forms().size());
        assertEquals("UTF-8", r.encoding());
        Form two = r.forms().get(1);
        assertEquals("宝山区\uFFFD\uFFFD\uFFFD市运行管理中心物业服务经费", two.projectName());
        assertEquals(List.of(new ReadProblem("PARSE-UNREADABLE", 32, "行", "项目名称 | 宝山区\uFFFD\uFFFD\uFFFD市运行管理中心物业服务经费",
                "第 32 行有无法解码的字节 FF、9F、8E（文件在此处损坏），显示为 �，其余照常读取：项目名称 | 宝山区\uFFFD\uFFFD\uFFFD市运行管理中心物业服务经费")),
                two.problems());
        for (int i = 0; i < 10; i++) {
            if (i != 1) {
                assertEquals(List.of(), r.forms().get(i).problems(), "form " + (i + 1));
            }
        }
    }

    @Test
    void aFileCutInsideACharacterKeepsItsForms() throws Exception {
        byte[] seed = Files.readAllBytes(Fixtures.SEED);
        byte[] cut = java.util.Arrays.copyOf(seed, seed.length + 2);
        cut[seed.length] = (byte) 0xE4;
        cut[seed.length + 1] = (byte) 0xB8; // 中 without its last byte
        FileResult r = FormReaders.read(cut, "c.txt", "c.txt", null, Format.TEXT, Fixtures.templates());
        assertEquals(10, r.forms().size());
        assertTrue(r.forms().get(9).problems().get(0).message().contains("有无法解码的字节 E4 B8（文件在此处损坏）"),
                r.forms().get(9).problems().toString());
    }

    @Test
    void gbkIsStillReadAsGbkAndNotAsBrokenUtf8() throws Exception {
        byte[] gbk = Files.readString(Fixtures.SEED).getBytes(Charset.forName("GBK"));
        FileResult r = FormReaders.read(gbk, "g.txt", "g.txt", null, Format.TEXT, Fixtures.templates());
        assertEquals("GB18030", r.encoding());
        assertEquals(List.of(), r.forms().get(0).problems());
    }

    /** A pasted-over form of 5,000 indicator rows is read up to the limit and says so once; the rest is not audited. */
    @Test
    void aFormLongerThanTheRowLimitIsReadToTheLimit() throws Exception {
        Form f = firstSeedFormWith(l -> {
            List<String> out = new java.util.ArrayList<>(l.subList(0, 15));
            for (int i = 0; i < 5_000; i++) {
                out.add(l.get(14));
            }
            out.addAll(l.subList(15, 29));
            return out;
        });
        assertEquals(1988, f.indicators().size(), "lines 15 to 2,002: the form is read for 2,000 rows from its title on line 3");
        assertEquals(List.of("总分"), f.missing());
        assertEquals(List.of(new ReadProblem("PARSE-UNREADABLE", 2002, "表格", "",
                "表格不完整：从第 3 行读到第 2002 行，按表式「全国通用」未找到总分行，表格可能被截断或格式不同；其后 3026 行（第 2003 行起）"
                + "超出每张表 2000 行的上限，未读也未审核（一张自评表通常不到 100 行：请检查是否重复粘贴，或几张表之间缺了标题）；"
                + "依赖这些部分的规则不运行，已读出的其余内容照常审核。若本表是另一种表式，请在规则目录 templates/ 中为它写模板（见 docs/templates.md）")),
                f.problems());
    }
}
