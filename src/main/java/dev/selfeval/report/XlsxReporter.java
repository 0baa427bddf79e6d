package dev.selfeval.report;

import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An Excel workbook (streamed: a few rows in memory per sheet, whatever the sweep's size): 汇总, one
 * row per form; 问题清单, one row per finding; 扣分明细, one row per ledger row. Chinese headers, the
 * header row frozen, filters on; numbers are number cells, texts are text cells (a text from a form
 * that starts with = stays text: no cell is a formula). A sheet that reaches Excel's row limit goes on
 * in a sheet of the same name with (2), (3) ….
 */
final class XlsxReporter implements Reporter<WorkbookForm> {
    static final List<String> SUMMARY = List.of("文件", "表", "项目名称", "主管部门", "实施单位", "年度", "表式", "位置",
            "填报总分", "重算总分", "差额", "填报等级", "重算等级", "错误", "警告", "提示", "已豁免", "无法读取的原因");
    static final List<String> FINDINGS = List.of("表", "项目名称", "位置", "规则", "严重程度", "问题", "应为", "实为", "依据",
            "规则位置", "豁免", "与基线比");
    static final List<String> LEDGER = List.of("表", "项目名称", "序号", "项目", "一级指标", "二级指标", "分值", "填报得分",
            "重算得分", "扣分", "差额", "公式", "偏差原因", "计分规则", "本行问题");

    /** One table of the workbook, over as many sheets as its rows need. */
    private final class Table {
        private final String name;
        private final List<String> header;
        private SXSSFSheet sheet;
        private int sheets;

        Table(String name, List<String> header) {
            this.name = name;
            this.header = header;
            next();
        }

        private void next() {
            String previous = sheet == null ? null : sheet.getSheetName();
            if (sheet != null) {
                filter();
            }
            sheets++;
            sheet = book.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
            if (previous != null) { // beside the table's other parts
                book.setSheetOrder(sheet.getSheetName(), book.getSheetIndex(previous) + 1);
            }
            Row r = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell c = r.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(bold);
                sheet.setColumnWidth(i, 256 * Math.max(8, Math.min(40, header.get(i).length() * 2 + 4)));
            }
            sheet.createFreezePane(0, 1);
        }

        void filter() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, sheet.getLastRowNum()), 0, header.size() - 1));
        }

        /** Appends a row: numbers as number cells (with two decimals when they have decimals), the rest as text. */
        void add(Object... values) {
            if (sheet.getLastRowNum() + 1 >= maxRows) {
                next();
            }
            Row r = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                Cell c = r.createCell(i);
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                    if (n instanceof BigDecimal d && d.scale() > 0) {
                        c.setCellStyle(decimals);
                    }
                } else {
                    c.setCellValue(fit(v.toString()));
                }
            }
        }
    }

    /** A text longer than a cell holds (a form's cell can be any length) is cut, and says so. */
    private static final String CUT = "…（超过 Excel 单元格的长度上限，已截断；全文见 JSON 报告）";
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }

    private final OutputStream out;
    private final int maxRows;
    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final CellStyle bold = book.createCellStyle();
    private final CellStyle decimals = book.createCellStyle();
    private final Table summary;
    private final Table findings;
    private final Table ledger;

    XlsxReporter(OutputStream out) {
        this(out, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** @param maxRows rows a sheet holds, its header included */
    XlsxReporter(OutputStream out, int maxRows) {
        this.out = out;
        this.maxRows = maxRows;
        PoiTempFolder.use(); // before the first sheet, whose rows POI keeps in a temporary file
        book.setCompressTempFiles(true); // the rows POI keeps on disk for a big sweep: gzipped
        Font f = book.createFont();
        f.setBold(true);
        bold.setFont(f);
        decimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
        summary = new Table("汇总", SUMMARY);
        findings = new Table("问题清单", FINDINGS);
        ledger = new Table("扣分明细", LEDGER);
    }

    @Override
    public void begin(RunInfo run) {
    }

    @Override
    public WorkbookForm render(FormAudit audit) {
        return WorkbookForm.of(audit);
    }

    @Override
    public void write(WorkbookForm f) {
        FormRow r = f.row();
        summary.add(r.file(), r.id(), r.project(), r.department(), r.unit(), r.year(), r.template(), r.place(),
                r.statedTotal(), r.recomputedTotal(), r.difference(), r.statedGrade(), r.grade(), r.errors(),
                r.warnings(), r.infos(), r.waived(), r.unreadable());
        for (WorkbookForm.FindingLine x : f.findings()) {
            finding(x);
        }
        for (WorkbookForm.LedgerLine l : f.ledger()) {
            ledger.add(l.formId(), l.project(), l.index(), l.item(), l.level1(), l.level2(), l.weight(), l.stated(),
                    l.recomputed(), l.deducted(), l.difference(), l.formula(), l.reason(), l.rule(), l.findings());
        }
    }

    private void finding(WorkbookForm.FindingLine x) {
        findings.add(x.formId(), x.project(), x.where(), x.ruleId(), x.severity(), x.message(), x.expected(),
                x.actual(), x.basis(), x.rule(), x.waived(), x.baseline());
    }

    @Override
    public void end(Summary s, RunEnd end) throws IOException {
        for (CrossFormFinding c : end.crossForm()) {
            String ids = c.group().members().stream().map(m -> m.formId()).collect(Collectors.joining("；"));
            finding(WorkbookForm.FindingLine.of(ids, null, c.finding()));
        }
        for (Finding f : end.waivers()) {
            finding(WorkbookForm.FindingLine.of(null, null, f));
        }
        summary.filter();
        findings.filter();
        ledger.filter();
        try {
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }
}
