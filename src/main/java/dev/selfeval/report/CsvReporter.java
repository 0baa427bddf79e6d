package dev.selfeval.report;

import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Location;
import dev.selfeval.model.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One finding per row, RFC 4180, UTF-8 with a byte-order mark so that Excel shows the Chinese; headers
 * and severities in Chinese, as the text report has them. A text that starts with =, +, -, @, a tab or
 * a carriage return is written after an apostrophe, so that a spreadsheet shows it as text instead of
 * evaluating it as a formula (the seed's actual values {@code =1个}, {@code =85%}); numbers the rules
 * computed are written as numbers.
 */
final class CsvReporter implements Reporter<byte[]> {
    static final List<String> HEADER = List.of("文件", "表起始行", "表", "项目名称", "主管部门", "规则", "规则名称", "严重程度", "部分",
            "一级指标", "二级指标", "指标", "栏目", "行", "位置", "问题", "应为", "实为", "规则文件", "规则行", "依据", "指纹",
            "与基线比", "豁免理由", "批准人", "豁免至");
    private static final ObjectWriter ROW = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
            .writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream out;
    /** Rule titles by id: set in begin, read by the workers after. */
    private Map<String, String> titles = Map.of();

    CsvReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        titles = run.titles();
        out.write(BOM);
        out.write(row(HEADER).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] render(FormAudit a) {
        Form f = a.form();
        StringBuilder sb = new StringBuilder();
        for (Finding x : a.findings()) {
            sb.append(row(cells(a.source().file(), String.valueOf(a.source().line()), a.id(),
                    f == null ? null : f.projectName(), f == null ? null : f.header().department(), x)));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void write(byte[] form) throws IOException {
        out.write(form);
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        for (CrossFormFinding c : end.crossForm()) {
            List<String> ids = c.group().members().stream().map(m -> m.formId()).toList();
            out.write(row(cells("", "", String.join(";", ids), null, null, c.finding())).getBytes(StandardCharsets.UTF_8));
        }
        for (Finding f : end.waivers()) {
            out.write(row(cells("", "", "", null, null, f)).getBytes(StandardCharsets.UTF_8));
        }
        for (var e : end.resolved()) {
            List<String> c = new ArrayList<>();
            for (String h : HEADER) {
                c.add(switch (h) {
                    case "表" -> text(e.formId());
                    case "规则" -> e.ruleId();
                    case "规则名称" -> text(titles.getOrDefault(e.ruleId(), ""));
                    case "严重程度" -> chinese(e.severity());
                    case "问题" -> text(e.message());
                    case "指纹" -> e.fingerprint();
                    case "与基线比" -> "已解决";
                    default -> "";
                });
            }
            out.write(row(c).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private List<String> cells(String file, String formLine, String formId, String project, String dept, Finding x) {
        Location l = x.location();
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(text(file));
        c.add(formLine);
        c.add(text(formId));
        c.add(text(project));
        c.add(text(dept));
        c.add(x.ruleId());
        c.add(text(titles.getOrDefault(x.ruleId(), "")));
        c.add(x.severity().chinese());
        c.add(text(l.section()));
        c.add(text(l.level1()));
        c.add(text(l.level2()));
        c.add(text(l.indicator()));
        c.add(text(l.field()));
        c.add(l.line() > 0 && (x.source() == null || x.source().textLine()) ? String.valueOf(l.line()) : "");
        c.add(x.source() == null ? "" : text(x.source().place()));
        c.add(text(x.message()));
        c.add(value(x.expected()));
        c.add(value(x.actual()));
        c.add(text(x.rule().file()));
        c.add(String.valueOf(x.rule().line()));
        c.add(text(x.basis()));
        c.add(x.fingerprint());
        c.add(Show.baseline(x.baseline()));
        c.add(x.waiver() == null ? "" : text(x.waiver().reason()));
        c.add(x.waiver() == null ? "" : text(x.waiver().approver()));
        c.add(x.waiver() == null ? "" : x.waiver().expires().toString());
        return c;
    }

    private static String value(Object v) {
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : text(v.toString());
    }

    /** A severity named in a baseline report, in Chinese when it is one of ours. */
    private static String chinese(String severity) {
        for (Severity s : Severity.values()) {
            if (s.name().equals(severity)) {
                return s.chinese();
            }
        }
        return text(severity);
    }

    /** A text as a spreadsheet shows it: one that a spreadsheet would take for a formula gets an apostrophe first. */
    static String text(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        char c = v.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + v : v;
    }

    /** One record, RFC 4180 (Jackson's CSV writer: quoted only when a cell holds a comma, a quote or a line break), CRLF. */
    static String row(List<String> cells) {
        try {
            return ROW.writeValueAsString(cells.stream().map(c -> c == null ? "" : c).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
