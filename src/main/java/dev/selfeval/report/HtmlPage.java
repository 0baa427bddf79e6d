package dev.selfeval.report;

import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the HTML report's page shows besides the forms themselves (the template {@code page.mustache}). */
record HtmlPage(String rulesDir, String fingerprint, int ruleCount, int files, int forms, String elapsed,
                List<Unreadable> unreadable, Integer unreadableMore, String skippedText, List<Count> severities,
                List<RuleCount> byRule, List<HtmlCharts.Bar> grades, int gradesHeight, List<HtmlCharts.Bar> gaps, int gapsHeight,
                Integer notCompared, HtmlCharts.Outliers outliers, List<HtmlCharts.Bar> departmentBars, int departmentBarsHeight,
                List<Summary.Department> departments,
                Integer departmentsMore, List<String> departmentNames, int waivedTotal, List<Run> waiverFindings,
                Baseline baseline, List<Run> crossForm, List<FormLine> formRows, String leftOut, List<String> sections,
                String css, String js) {

    static final int LISTED = 200;
    static final int DEPARTMENTS = 50;

    /** A file that could not be read; {@code line} is null when the whole file could not. */
    record Unreadable(String file, Integer line, String reason) {
    }

    /** Findings of one severity: counted and waived. */
    record Count(String name, String chinese, int count, int waived) {
    }

    /** One rule's findings, with its title, basis and where it is written. */
    record RuleCount(String id, String title, String severity, String severityText, int count, String basis, String rule) {
    }

    /** A finding of the run as a whole (across forms, or on a waiver). */
    record Run(String severity, String severityText, String ruleId, String forms, String message, String rule) {
    }

    /** Baseline changes: counts, and the earlier findings this run no longer has. */
    record Baseline(int added, int unchanged, int resolved, List<dev.selfeval.engine.run.Baseline.Entry> entries) {
    }

    /** A row of the table of forms; {@code anchor} is null for a form not shown in full; {@code sortDifference} etc. are the sort keys. */
    record FormLine(String anchor, String id, String project, String department, String year, String stated,
                    String recomputed, String difference, String grade, int errors, int warnings, int infos,
                    String worst, String rules, String sortStated, String sortRecomputed, String sortDifference) {
    }

    /**
     * @param heads  every form, in the table's order
     * @param inFull the anchors of the forms shown in full ({@code sections})
     */
    static HtmlPage of(RunInfo run, Summary s, RunEnd end, HtmlCharts charts, List<HtmlReporter.Head> heads,
                       java.util.Set<String> inFull, List<String> sections, int belowLevel, int overCap, Severity detail,
                       int maxForms, String css, String js) {
        List<Count> severities = new ArrayList<>();
        int waived = 0;
        for (Severity v : Severity.values()) {
            severities.add(new Count(v.name(), v.chinese(), s.count(v), s.waived(v)));
            waived += s.waived(v);
        }
        Map<String, RuleInfo> rules = run.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
        List<RuleCount> byRule = s.byRule().entrySet().stream().map(e -> {
            RuleInfo r = rules.get(e.getKey());
            return r == null ? new RuleCount(e.getKey(), null, null, null, e.getValue(), null, null)
                    : new RuleCount(r.id(), r.name(), r.severity().name(), r.severity().chinese(), e.getValue(), r.basis(),
                    r.file() + ":" + r.line());
        }).toList();
        List<Summary.Department> depts = s.departments();
        var bars = HtmlCharts.grades(run.grades(), s.grades(), s.forms());
        Map<String, Integer> b = s.baseline();
        Baseline baseline = end.baseline() ? new Baseline(b.getOrDefault("new", 0), b.getOrDefault("unchanged", 0),
                b.getOrDefault("resolved", 0), first(end.resolved())) : null;
        List<Run> cross = end.crossForm().stream().map(HtmlPage::run).toList();
        List<Run> waivers = end.waivers().stream().map(f -> run(f, "")).toList();
        List<FormLine> lines = heads.stream().map(h -> line(h, inFull.contains(h.anchor()))).toList();
        var gaps = charts.gaps();
        var deptBars = HtmlCharts.departments(depts);
        return new HtmlPage(run.rulesDir(), run.fingerprint(), run.ruleCount(), s.files(), s.forms(),
                String.format("%.1f", s.elapsedMillis() / 1000.0),
                first(s.unreadable()).stream().map(u -> new Unreadable(u.file(), positive(u.line()), u.reason())).toList(),
                positive(s.unreadable().size() - LISTED),
                s.skipped().isEmpty() ? null : String.join("、", first(s.skipped())) + (s.skipped().size() > LISTED ? " 等 " + s.skipped().size() + " 个" : ""), severities, byRule, bars, HtmlCharts.height(bars),
                gaps, HtmlCharts.height(gaps), positive(charts.notCompared()), charts.outliers(), deptBars, HtmlCharts.height(deptBars),
                depts.subList(0, Math.min(DEPARTMENTS, depts.size())), positive(depts.size() - DEPARTMENTS),
                depts.stream().map(Summary.Department::name).sorted().toList(), waived, waivers, baseline, cross, lines,
                leftOut(belowLevel, overCap, detail, maxForms, sections.size()), sections, css, js);
    }

    /** A count the page mentions only when there is one (a template section shows for any number, 0 too). */
    private static Integer positive(int n) {
        return n > 0 ? n : null;
    }

    private static <T> List<T> first(List<T> list) {
        return list.subList(0, Math.min(LISTED, list.size()));
    }

    private static Run run(CrossFormFinding c) {
        return run(c.finding(), c.group().members().stream().map(m -> m.formId()).collect(Collectors.joining("、")));
    }

    private static Run run(Finding f, String forms) {
        return new Run(f.severity().name(), f.severity().chinese(), f.ruleId(), forms, f.message(),
                f.rule().file() + ":" + f.rule().line());
    }

    private static FormLine line(HtmlReporter.Head h, boolean inFull) {
        FormRow r = h.row();
        Severity worst = r.worst();
        return new FormLine(inFull ? h.anchor() : null, r.id(), r.project(), r.department(), r.year() == null ? null : r.year().toString(),
                Show.score(r.statedTotal()), Show.score(r.recomputedTotal()), r.difference() == null ? "—" : Show.score(r.difference()),
                r.grade() == null ? "—" : r.grade(), r.errors(), r.warnings(), r.infos(), worst == null ? "NONE" : worst.name(),
                h.rules(), key(r.statedTotal()), key(r.recomputedTotal()), key(r.difference()));
    }

    private static String key(BigDecimal x) {
        return x == null ? "" : x.toPlainString();
    }

    /** What the page leaves out of a big run, and where the rest is; null when it shows every form. */
    private static String leftOut(int belowLevel, int overCap, Severity detail, int maxForms, int shown) {
        if (belowLevel == 0 && overCap == 0) {
            return null;
        }
        String level = detail == null ? "" : "问题达到「" + detail.chinese() + "」及以上的";
        return "本页收录 " + shown + " 张" + level + "表的明细，按问题从重到轻选取（--html-detail，至多 " + maxForms + " 张，--html-max-forms）；"
                + (belowLevel > 0 ? "未收录没有达到该级别问题的表 " + belowLevel + " 张；" : "")
                + (overCap > 0 ? "超出上限未收录 " + overCap + " 张；" : "")
                + "一览表、概况和图表包含全部表。每张表的全部数据（发现、扣分明细）请用同一命令加 --format jsonl --out 文件.jsonl 输出。";
    }
}
