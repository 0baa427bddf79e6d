package dev.selfeval.report;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.Rounding;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Finding;
import dev.selfeval.model.SweepMember;
import dev.selfeval.report.WorkbookTable.Column;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An Excel workbook to read, print, file and pivot (streamed: a few rows in memory per sheet, whatever
 * the sweep's size): 汇总, one row per form, filled by its worst finding; 按部门, one row per
 * department; 问题清单, one row per finding, with the form's department and the rule's title, filled
 * by its severity (a waived finding is not); 扣分明细, one row per ledger row. The look and the print
 * setup are {@link WorkbookStyles} and {@link WorkbookTable}; numbers are number cells, texts are text
 * cells (a text from a form that starts with = stays text: no cell is a formula).
 */
final class XlsxReporter implements Reporter<WorkbookForm> {
    static final List<Column> SUMMARY = List.of(Column.of("文件"), new Column("表", 30), Column.of("项目名称"),
            Column.of("主管部门"), Column.of("实施单位"), Column.of("年度"), Column.of("表式"), Column.of("位置"),
            Column.of("填报总分"), Column.of("重算总分"), Column.of("差额"), Column.of("填报等级"), Column.of("重算等级"),
            Column.of("错误"), Column.of("警告"), Column.of("提示"), Column.of("已豁免"), Column.prose("无法读取的原因"));
    static final List<Column> FINDINGS = List.of(new Column("表", 30), Column.of("项目名称"), Column.of("主管部门"),
            Column.of("位置"), Column.of("规则"), Column.of("规则名称"), Column.of("严重程度"), Column.prose("问题"),
            Column.of("应为"), Column.of("实为"), Column.prose("依据"), Column.of("规则位置"), Column.prose("豁免"),
            Column.of("与基线比"));
    static final List<Column> LEDGER = List.of(new Column("表", 30), Column.of("项目名称"), Column.of("序号"),
            Column.of("项目"), Column.of("一级指标"), Column.of("二级指标"), Column.of("分值"), Column.of("填报得分"),
            Column.of("重算得分"), Column.of("扣分"), Column.of("差额"), Column.prose("公式"), Column.prose("偏差原因"),
            Column.of("计分规则"), Column.of("本行问题"));

    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final WorkbookTable summary;
    private final WorkbookTable departments;
    private final WorkbookTable findings;
    private final WorkbookTable ledger;
    private final DepartmentSheet perDepartment = new DepartmentSheet();
    /** Rule titles by id, from the run's rules. */
    private Map<String, String> titles = Map.of();
    private Rounding rounding;

    XlsxReporter(OutputStream out) {
        this(out, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** @param maxRows rows a sheet holds, its header included */
    XlsxReporter(OutputStream out, int maxRows) {
        this.out = out;
        PoiTempFolder.use(); // before the first sheet, whose rows POI keeps in a temporary file
        book.setCompressTempFiles(true); // the rows POI keeps on disk for a big sweep: gzipped
        WorkbookStyles styles = new WorkbookStyles(book);
        summary = new WorkbookTable(book, styles, maxRows, "汇总", SUMMARY);
        departments = new WorkbookTable(book, styles, maxRows, DepartmentSheet.NAME, DepartmentSheet.COLUMNS);
        findings = new WorkbookTable(book, styles, maxRows, "问题清单", FINDINGS);
        ledger = new WorkbookTable(book, styles, maxRows, "扣分明细", LEDGER);
    }

    @Override
    public void begin(RunInfo run) {
        Map<String, String> t = new HashMap<>();
        for (RuleInfo r : run.rules()) {
            t.putIfAbsent(r.id(), r.name());
        }
        titles = t;
        rounding = run.rounding();
    }

    @Override
    public WorkbookForm render(FormAudit audit) {
        return WorkbookForm.of(audit);
    }

    @Override
    public void write(WorkbookForm f) {
        FormRow r = f.row();
        summary.add(r.worst(), r.file(), r.id(), r.project(), r.department(), r.unit(), r.year(), r.template(), r.place(),
                r.statedTotal(), r.recomputedTotal(), r.difference(), r.statedGrade(), r.grade(), r.errors(),
                r.warnings(), r.infos(), r.waived(), r.unreadable());
        if (f.read()) {
            perDepartment.add(r);
        }
        for (WorkbookForm.FindingLine x : f.findings()) {
            finding(x);
        }
        for (WorkbookForm.LedgerLine l : f.ledger()) {
            ledger.add(null, l.formId(), l.project(), l.index(), l.item(), l.level1(), l.level2(), l.weight(), l.stated(),
                    l.recomputed(), l.deducted(), l.difference(), l.formula(), l.reason(), l.rule(), l.findings());
        }
    }

    private void finding(WorkbookForm.FindingLine x) {
        findings.add(x.waived() == null ? x.severity() : null, x.formId(), x.project(), x.department(), x.where(),
                x.ruleId(), titles.get(x.ruleId()), x.severity().chinese(), x.message(), x.expected(), x.actual(),
                x.basis(), x.rule(), x.waived(), x.baseline());
    }

    @Override
    public void end(Summary s, RunEnd end) throws IOException {
        for (CrossFormFinding c : end.crossForm()) {
            List<SweepMember> members = c.group().members();
            String ids = members.stream().map(SweepMember::formId).collect(Collectors.joining("；"));
            String depts = members.stream().map(SweepMember::department).filter(Objects::nonNull).distinct()
                    .collect(Collectors.joining("；"));
            finding(WorkbookForm.FindingLine.of(ids, null, depts.isEmpty() ? null : depts, c.finding()));
        }
        for (Finding f : end.waivers()) {
            finding(WorkbookForm.FindingLine.of(null, null, null, f));
        }
        perDepartment.write(departments, rounding);
        for (WorkbookTable t : List.of(summary, departments, findings, ledger)) {
            t.finish();
        }
        try {
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }
}
