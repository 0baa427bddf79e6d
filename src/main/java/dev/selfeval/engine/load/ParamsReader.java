package dev.selfeval.engine.load;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.Grade;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.QualBand;
import dev.selfeval.engine.Rounding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.selfeval.ingest.yaml.StrictYaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads rules/parameters.yaml. Unknown names, missing values and values out of range are load
 * errors with file and line; plain YAML only (no tags, no anchors that build objects).
 */
final class ParamsReader {
    private final String file;
    private final List<LoadError> errors = new ArrayList<>();
    private Map<String, Integer> lines = Map.of();

    /** More decimals than any form writes. */
    private static final int MAX_SCALE = 6;

    private ParamsReader(String file) {
        this.file = file;
    }

    static Params read(String text, String file) throws RuleLoadException {
        return new ParamsReader(file).read(text);
    }

    /**
     * The parameters with a template's own on top (its {@code parameters}, shaped as parameters.yaml:
     * maps merge key by key, an empty map clears the default's, any other value replaces it). Errors
     * name the template.
     */
    static Params read(String text, String file, Map<String, Object> overrides, String template)
            throws RuleLoadException {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            JsonNode merged = merge(yaml.readTree(text), yaml.valueToTree(overrides));
            return new ParamsReader(template + " 的 parameters（覆盖 " + file + " 后）").read(yaml.writeValueAsString(merged));
        } catch (JsonProcessingException e) {
            throw new RuleLoadException(new LoadError(template, 0, 0, "parameters 无法与 " + file + " 合并：" + e.getOriginalMessage()));
        }
    }

    /** The parameters file's text with {@code overrides} on top, merged as a template's are. */
    static String merged(String text, Map<String, Object> overrides) throws JsonProcessingException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        return yaml.writeValueAsString(merge(yaml.readTree(text), yaml.valueToTree(overrides)));
    }

    /** {@code over} on top of {@code base}: maps merge key by key, an empty map clears, anything else replaces. */
    private static JsonNode merge(JsonNode base, JsonNode over) {
        if (!(base instanceof ObjectNode b) || !over.isObject() || over.isEmpty()) {
            return over;
        }
        over.fields().forEachRemaining(e -> b.set(e.getKey(), b.has(e.getKey()) ? merge(b.get(e.getKey()), e.getValue()) : e.getValue()));
        return b;
    }

    private Params read(String text) throws RuleLoadException {
        ParamsFile f;
        try {
            StrictYaml.Parsed<ParamsFile> parsed = StrictYaml.read(text, ParamsFile.class, "参数文件顶层");
            f = parsed.value();
            lines = parsed.lines();
        } catch (StrictYaml.Invalid e) {
            throw new RuleLoadException(new LoadError(file, e.line(), e.column(), e.message("参数")));
        }
        if (f == null) {
            throw new RuleLoadException(new LoadError(file, 0, 0, "参数文件为空"));
        }
        Params params = build(f);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(LoadError::line));
            throw new RuleLoadException(errors);
        }
        return params;
    }

    private Params build(ParamsFile f) {
        var w = need(f.weights(), "weights");
        var t = need(f.tolerance(), "tolerance");
        var b = need(f.budget(), "budget");
        var i = need(f.indicators(), "indicators");
        var q = need(f.qualitative(), "qualitative");
        var ph = need(f.placeholders(), "placeholders");
        var r = need(f.rounding(), "rounding");
        if (w == null || t == null || b == null || i == null || q == null || ph == null || r == null) {
            return null;
        }
        Integer scale = need(r.scale(), "rounding.scale");
        if (scale != null && (scale < 0 || scale > MAX_SCALE)) {
            error("rounding.scale", "rounding.scale 应在 0 到 " + MAX_SCALE + " 之间，现为 " + scale);
        }
        java.math.RoundingMode mode = need(r.mode(), "rounding.mode");
        if (mode == java.math.RoundingMode.UNNECESSARY) {
            error("rounding.mode", "rounding.mode 不能是 UNNECESSARY：执行率、得分的计算总要舍入");
        }
        String method = need(i.reverseMethod(), "indicators.reverseMethod");
        if (method != null && !method.equals(Params.LINEAR) && !method.equals(Params.RATIO)) {
            error("indicators.reverseMethod", "reverseMethod 只能是 linear 或 ratio，现为「" + method + "」");
        }
        List<QualBand> bands = new ArrayList<>();
        List<ParamsFile.BandDoc> bandDocs = need(q.bands(), "qualitative.bands");
        for (int k = 0; bandDocs != null && k < bandDocs.size(); k++) {
            ParamsFile.BandDoc d = bandDocs.get(k);
            String at = "qualitative.bands[" + k + "]";
            BigDecimal min = percent(d.min(), at + ".min");
            BigDecimal max = percent(d.max(), at + ".max");
            if (min != null && max != null && min.compareTo(max) >= 0) {
                error(at + ".min", "档次「" + d.name() + "」的 min 应小于 max");
            }
            bands.add(new QualBand(need(d.name(), at + ".name"), min, max, Boolean.TRUE.equals(d.sameAsTarget()),
                    list(d.words()), list(d.exact())));
        }
        List<Grade> grades = new ArrayList<>();
        List<ParamsFile.GradeDoc> gradeDocs = need(f.grades(), "grades");
        for (int k = 0; gradeDocs != null && k < gradeDocs.size(); k++) {
            ParamsFile.GradeDoc d = gradeDocs.get(k);
            BigDecimal min = nonNegative(d.min(), "grades[" + k + "].min");
            if (min != null && !grades.isEmpty() && min.compareTo(grades.get(grades.size() - 1).min()) >= 0) {
                error("grades[" + k + "]", "等级应按 min 从高到低排列");
            }
            grades.add(new Grade(need(d.name(), "grades[" + k + "].name"), min));
        }
        if (gradeDocs != null && gradeDocs.isEmpty()) {
            error("grades", "至少需要一个等级");
        }
        Map<String, List<String>> levels = need(f.levels(), "levels");
        return new Params(new Rounding(scale == null ? 2 : scale, mode == null ? java.math.RoundingMode.HALF_UP : mode),
                nonNegative(w.budget(), "weights.budget"), nonNegative(w.total(), "weights.total"),
                weights(w.level1(), "weights.level1"),
                weights(w.level1WithoutSatisfaction(), "weights.level1WithoutSatisfaction"),
                nonNegative(t.rate(), "tolerance.rate"), nonNegative(t.score(), "tolerance.score"),
                percent(b.lowExecution(), "budget.lowExecution"),
                nonNegative(i.overAchievement(), "indicators.overAchievement"), method,
                percent(i.qualitativeHeavy(), "indicators.qualitativeHeavy"),
                need(i.satisfactionLevel1(), "indicators.satisfactionLevel1"),
                list(need(i.satisfactionNames(), "indicators.satisfactionNames")),
                list(need(i.noReason(), "indicators.noReason")), bands, grades,
                levels == null ? Map.of() : new LinkedHashMap<>(levels),
                list(ph.exact()), list(ph.contains()), list(ph.guidance()), minCoverage(f.reading()), custom(f.custom()),
                b.executionFall() == null ? BigDecimal.valueOf(20) : percent(b.executionFall(), "budget.executionFall"));
    }

    /** The coverage below which a form is said to be read only in part; 90 when parameters.yaml has no {@code reading}. */
    private BigDecimal minCoverage(ParamsFile.ReadingDoc r) {
        return r == null || r.minCoverage() == null ? BigDecimal.valueOf(90) : percent(r.minCoverage(), "reading.minCoverage");
    }

    /** The auditors' own parameters: each a number, within its min and max when they are given. */
    private Map<String, BigDecimal> custom(Map<String, ParamsFile.CustomDoc> docs) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (docs == null) {
            return out;
        }
        docs.forEach((name, d) -> {
            String path = "custom." + name;
            if (d == null || d.value() == null) {
                error(path, "自定义参数 " + name + " 缺少 value（数值），如 " + name + ": {value: 80, min: 0, max: 100}");
                return;
            }
            if (d.min() != null && d.max() != null && d.min().compareTo(d.max()) > 0) {
                error(path, "自定义参数 " + name + " 的 min " + d.min().toPlainString() + " 大于 max " + d.max().toPlainString());
            } else if (d.min() != null && d.value().compareTo(d.min()) < 0 || d.max() != null && d.value().compareTo(d.max()) > 0) {
                error(path, "自定义参数 " + name + " 的值 " + d.value().toPlainString() + " 不在 "
                        + (d.min() == null ? "…" : d.min().toPlainString()) + " 到 " + (d.max() == null ? "…" : d.max().toPlainString())
                        + " 之间");
            }
            out.put(name, d.value());
        });
        return out;
    }

    private Map<String, BigDecimal> weights(Map<String, BigDecimal> m, String path) {
        need(m, path);
        if (m == null) {
            return Map.of();
        }
        m.forEach((k, v) -> nonNegative(v, path + "." + k));
        return new LinkedHashMap<>(m);
    }

    private BigDecimal nonNegative(BigDecimal v, String path) {
        if (need(v, path) != null && v.signum() < 0) {
            error(path, path + " 不能为负数");
        }
        return v;
    }

    private BigDecimal percent(BigDecimal v, String path) {
        if (nonNegative(v, path) != null && v.compareTo(Calc.HUNDRED) > 0) {
            error(path, path + " 是百分比，应在 0 到 100 之间");
        }
        return v;
    }

    private <T> T need(T value, String path) {
        if (value == null) {
            error(path, "缺少参数 " + path);
        }
        return value;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** Reports at the line of the path, or of its nearest parent that the file has. */
    private void error(String path, String message) {
        String p = path;
        Integer line = lines.get(p);
        while (line == null && p.contains(".")) {
            p = p.substring(0, p.lastIndexOf('.'));
            line = lines.get(p);
        }
        errors.add(new LoadError(file, line == null ? 0 : line, 0, message));
    }
}
