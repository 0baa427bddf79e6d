package dev.selfeval.ingest.template;

import dev.selfeval.ingest.yaml.StrictYaml;
import dev.selfeval.ingest.template.Template.FundColumn;
import dev.selfeval.ingest.template.Template.HeaderField;
import dev.selfeval.ingest.template.Template.IndicatorColumn;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.Texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one template description. Unknown names, values of the wrong kind and missing labels the
 * reader cannot do without are errors with the file and line, in Chinese, as the rule loader gives them.
 */
public final class TemplateReader {
    /** One thing wrong with a template file, and where. */
    public record Error(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /** What is wrong with a template file. */
    public static final class Invalid extends Exception {
        private final List<Error> errors;

        Invalid(List<Error> errors) {
            super(String.join("\n", errors.stream().map(Error::toString).toList()));
            this.errors = List.copyOf(errors);
        }

        public List<Error> errors() {
            return errors;
        }
    }

    private final String file;
    private final List<Error> errors = new ArrayList<>();
    private Map<String, Integer> lines = Map.of();

    private TemplateReader(String file) {
        this.file = file;
    }

    public static Template read(String text, String file) throws Invalid {
        return new TemplateReader(file).read(text);
    }

    private Template read(String text) throws Invalid {
        TemplateDoc d;
        try {
            StrictYaml.Parsed<TemplateDoc> parsed = StrictYaml.read(text, TemplateDoc.class, "模板顶层");
            d = parsed.value();
            lines = parsed.lines();
        } catch (StrictYaml.Invalid e) {
            throw new Invalid(List.of(new Error(file, e.line(), "模板" + e.getMessage())));
        }
        if (d == null) {
            throw new Invalid(List.of(new Error(file, 0, "模板文件为空")));
        }
        String name = need(d.name(), "name");
        TemplateDoc.Match match = need(d.match(), "match");
        TemplateDoc.Header header = need(d.header(), "header");
        TemplateDoc.Funds funds = need(d.funds(), "funds");
        TemplateDoc.Indicators inds = need(d.indicators(), "indicators");
        List<String> total = labels(d.total(), "total", false);
        if (name == null || match == null || header == null || funds == null || inds == null) {
            throw new Invalid(errors);
        }
        Map<HeaderField, List<String>> h = new EnumMap<>(HeaderField.class);
        h.put(HeaderField.PROJECT_NAME, labels(header.projectName(), "header.projectName", true));
        h.put(HeaderField.DEPARTMENT, labels(header.department(), "header.department", false));
        h.put(HeaderField.IMPLEMENTING_UNIT, labels(header.implementingUnit(), "header.implementingUnit", false));
        Map<FundColumn, List<String>> fc = new EnumMap<>(FundColumn.class);
        TemplateDoc.FundColumns c = need(funds.columns(), "funds.columns");
        if (c != null) {
            fc.put(FundColumn.INITIAL_BUDGET, labels(c.initialBudget(), "funds.columns.initialBudget", false));
            fc.put(FundColumn.ANNUAL_BUDGET, labels(c.annualBudget(), "funds.columns.annualBudget", true));
            fc.put(FundColumn.EXECUTED, labels(c.executed(), "funds.columns.executed", true));
            fc.put(FundColumn.WEIGHT, labels(c.weight(), "funds.columns.weight", false));
            fc.put(FundColumn.RATE, labels(c.rate(), "funds.columns.rate", false));
            fc.put(FundColumn.SCORE, labels(c.score(), "funds.columns.score", false));
        }
        Map<FundKind, List<String>> fr = new EnumMap<>(FundKind.class);
        TemplateDoc.FundRows r = need(funds.rows(), "funds.rows");
        if (r != null) {
            fr.put(FundKind.TOTAL, labels(r.total(), "funds.rows.total", true));
            fr.put(FundKind.APPROPRIATION, labels(r.appropriation(), "funds.rows.appropriation", false));
            fr.put(FundKind.CARRY_OVER, labels(r.carryOver(), "funds.rows.carryOver", false));
            fr.put(FundKind.OTHER, labels(r.other(), "funds.rows.other", false));
        }
        String weightsIn = inds.weightsIn() == null ? "rows" : inds.weightsIn();
        if (!List.of("rows", "level1").contains(weightsIn)) {
            error("indicators.weightsIn", "indicators.weightsIn 应为 rows（每项指标一栏分值，全国表式）或 level1（分值只写在一级指标名里），而不是「"
                    + weightsIn + "」");
        }
        boolean level1Weights = weightsIn.equals("level1");
        Map<IndicatorColumn, List<String>> ic = new EnumMap<>(IndicatorColumn.class);
        TemplateDoc.IndicatorColumns i = need(inds.columns(), "indicators.columns");
        if (i != null) {
            ic.put(IndicatorColumn.LEVEL1, labels(i.level1(), "indicators.columns.level1", false));
            ic.put(IndicatorColumn.LEVEL2, labels(i.level2(), "indicators.columns.level2", false));
            ic.put(IndicatorColumn.NAME, labels(i.name(), "indicators.columns.name", true));
            ic.put(IndicatorColumn.TARGET, labels(i.target(), "indicators.columns.target", false));
            ic.put(IndicatorColumn.COMPARATOR, labels(i.comparator(), "indicators.columns.comparator", false));
            ic.put(IndicatorColumn.VALUE, labels(i.value(), "indicators.columns.value", false));
            ic.put(IndicatorColumn.UNIT, labels(i.unit(), "indicators.columns.unit", false));
            ic.put(IndicatorColumn.ACTUAL, labels(i.actual(), "indicators.columns.actual", true));
            ic.put(IndicatorColumn.WEIGHT, labels(i.weight(), "indicators.columns.weight", false));
            ic.put(IndicatorColumn.SCORE, labels(i.score(), "indicators.columns.score", false));
            ic.put(IndicatorColumn.REASON, labels(i.reason(), "indicators.columns.reason", false));
            if (ic.get(IndicatorColumn.TARGET).isEmpty() && ic.get(IndicatorColumn.VALUE).isEmpty()) {
                error("indicators.columns", "缺少 target（年度指标值）或 value（指标值）的表头名称：没有它读不出年度指标值");
            }
            if (level1Weights && (!ic.get(IndicatorColumn.WEIGHT).isEmpty() || ic.get(IndicatorColumn.SCORE).isEmpty())) {
                error("indicators.columns", "indicators.weightsIn 为 level1（分值写在一级指标名里）时只写 score（得分），不写 weight（分值）");
            } else if (!level1Weights && ic.get(IndicatorColumn.WEIGHT).isEmpty() != ic.get(IndicatorColumn.SCORE).isEmpty()) {
                error("indicators.columns", "weight（分值）与 score（得分）应都写或都不写：不写表示本表式不打分"
                        + "（分值只写在一级指标名里的表式写 indicators.weightsIn: level1，只写 score）");
            }
        }
        String kindsIn = funds.kindsIn() == null ? "columns" : funds.kindsIn();
        if (!List.of("columns", "rows").contains(kindsIn)) {
            error("funds.kindsIn", "funds.kindsIn 应为 columns（每种金额一列，全国表式）或 rows（每种金额一行，资金来源各占一列），而不是「"
                    + kindsIn + "」");
        }
        TemplateDoc.Goals g = d.goals();
        Template t = new Template(name, file, d.description(), labels(match.titles(), "match.titles", true),
                labels(match.signs(), "match.signs", false), h, labels(funds.labels(), "funds.labels", true), fc, fr,
                kindsIn.equals("rows"), c == null ? List.of() : labels(c.reason(), "funds.columns.reason", false),
                g == null ? List.of() : labels(g.labels(), "goals.labels", false),
                g == null ? List.of() : labels(g.expected(), "goals.expected", false),
                g == null ? List.of() : labels(g.actual(), "goals.actual", false),
                labels(inds.labels(), "indicators.labels", false), labels(inds.level1Names(), "indicators.level1Names", false),
                level1Weights, ic, total, labels(d.reasons(), "reasons", false), labels(d.ignore(), "ignore", false), d.parameters());
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return t;
    }

    private <T> T need(T value, String path) {
        if (value == null) {
            error(path, "缺少 " + path);
        }
        return value;
    }

    /** A list of labels as keys (NFKC, whitespace removed); {@code required}: it may not be missing or empty. */
    private List<String> labels(List<String> list, String path, boolean required) {
        if (list == null || list.isEmpty()) {
            if (required) {
                error(path, "缺少 " + path + "（至少写一个标签）");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : list) {
            String k = s == null ? "" : Texts.key(s);
            if (k.isEmpty()) {
                error(path, path + " 中有空标签");
            } else {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }

    private void error(String path, String message) {
        Integer line = lines.get(path);
        for (String p = path; line == null && p.contains("."); p = p.substring(0, p.lastIndexOf('.'))) {
            line = lines.get(p.substring(0, p.lastIndexOf('.')));
        }
        errors.add(new Error(file, line == null ? 0 : line, message));
    }
}
