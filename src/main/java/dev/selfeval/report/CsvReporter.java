package dev.selfeval.report;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Location;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One finding per row, RFC 4180, UTF-8 with a byte-order mark so that Excel shows the Chinese. */
final class CsvReporter implements Reporter {
    static final List<String> HEADER = List.of("file", "form_line", "form_id", "project_name", "department", "rule_id",
            "severity", "section", "level1", "level2", "indicator", "field", "line", "place", "message", "expected", "actual",
            "rule_file", "rule_line", "basis", "fingerprint", "baseline", "waived_reason", "waived_by", "waived_until");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream out;

    CsvReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
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
                    case "form_id" -> e.formId();
                    case "rule_id" -> e.ruleId();
                    case "severity" -> e.severity();
                    case "message" -> e.message();
                    case "fingerprint" -> e.fingerprint();
                    case "baseline" -> "resolved";
                    default -> "";
                });
            }
            out.write(row(c).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private static List<String> cells(String file, String formLine, String formId, String project, String dept, Finding x) {
        Location l = x.location();
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(file);
        c.add(formLine);
        c.add(formId);
        c.add(project);
        c.add(dept);
        c.add(x.ruleId());
        c.add(x.severity().name());
        c.add(l.section());
        c.add(l.level1());
        c.add(l.level2());
        c.add(l.indicator());
        c.add(l.field());
        c.add(l.line() > 0 && (x.source() == null || x.source().textLine()) ? String.valueOf(l.line()) : "");
        c.add(x.source() == null ? "" : x.source().place());
        c.add(x.message());
        c.add(value(x.expected()));
        c.add(value(x.actual()));
        c.add(x.rule().file());
        c.add(String.valueOf(x.rule().line()));
        c.add(x.basis());
        c.add(x.fingerprint());
        c.add(x.baseline());
        c.add(x.waiver() == null ? "" : x.waiver().reason());
        c.add(x.waiver() == null ? "" : x.waiver().approver());
        c.add(x.waiver() == null ? "" : x.waiver().expires().toString());
        return c;
    }

    private static String value(Object v) {
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append("\r\n").toString();
    }
}
