package dev.selfeval.report;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Severity;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI servers: one {@code <testsuite>} for the run, one {@code <testcase>} per form
 * (classname the form's id, name its project), a {@code <failure>} per ERROR finding, the WARNING and
 * INFO findings (and any waived one) in the case's {@code <system-out>}; a file that could not be read
 * is a case with an {@code <error>}. The findings of the run as a whole (across forms, on the waivers)
 * are a case of their own, 跨表检查, which is always there; findings resolved since a baseline go in the
 * suite's {@code <system-out>}.
 *
 * <p>The suite's start tag carries the counts (tests, failures, errors, time), which are known only at
 * the end, and XML cannot take them later. So that the report still streams, each form's case is
 * rendered on its worker and written as it comes into a {@link Spool} (memory up to 4 MiB, then a
 * temporary file), and only the counts are kept; at the end the suite's head is written with them and
 * the spooled cases are copied after it. Memory stays bounded by one form, whatever the sweep's size.
 */
final class JunitReporter implements Reporter<JunitReporter.Case> {
    static final String SUITE = "selfeval audit";
    static final String RUN_CASE = "跨表检查";
    private static final int IN_MEMORY = 4 << 20;

    /** One form's {@code <testcase>} element, and whether it failed or errored. */
    record Case(byte[] xml, boolean failed, boolean errored) {
    }

    private final OutputStream out;
    private final Spool spool = new Spool(IN_MEMORY);
    private RunInfo run;
    private Map<String, RuleInfo> rules = Map.of();
    private LocalDateTime started;
    private int tests;
    private int failures;
    private int errors;

    JunitReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) {
        this.run = run;
        this.started = LocalDateTime.now();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (RuleInfo r : run.rules()) {
            byId.putIfAbsent(r.id(), r);
        }
        this.rules = Map.copyOf(byId);
    }

    @Override
    public Case render(FormAudit a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        Form f = a.form();
        boolean unreadable = f == null;
        String name = unreadable ? a.source() == null ? a.id() : a.source().file()
                : f.projectName() == null || f.projectName().isBlank() ? a.id() : f.projectName();
        boolean[] failed = {false};
        try {
            XMLStreamWriter w = JunitXml.writer(bytes);
            JunitXml.write(w, x -> {
                JunitXml.startCase(x, a.id(), name);
                failed[0] = problems(x, a.findings(), unreadable ? "error" : "failure");
                if (unreadable && !failed[0]) {
                    JunitXml.problem(x, "error", "PARSE-UNREADABLE", "无法读取", "无法读取：" + a.source());
                }
                JunitXml.systemOut(x, "\n    ", output(a.findings()));
                JunitXml.endCase(x);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Case(bytes.toByteArray(), failed[0] && !unreadable, unreadable);
    }

    @Override
    public void write(Case c) throws IOException {
        spool.write(c.xml());
        tests++;
        failures += c.failed() ? 1 : 0;
        errors += c.errored() ? 1 : 0;
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        List<Finding> runFindings = new java.util.ArrayList<>();
        end.crossForm().stream().map(CrossFormFinding::finding).forEach(runFindings::add);
        runFindings.addAll(end.waivers());
        boolean runFailed = runFindings.stream().anyMatch(JunitReporter::fails);
        XMLStreamWriter w = JunitXml.writer(out);
        JunitXml.write(w, x -> {
            JunitXml.startSuite(x, SUITE, tests + 1, failures + (runFailed ? 1 : 0), errors,
                    summary.elapsedMillis() / 1000.0, started);
            JunitXml.properties(x, "rules.dir", run.rulesDir(), "rules.count", String.valueOf(run.ruleCount()),
                    "rules.fingerprint", run.fingerprint(), "files", String.valueOf(summary.files()),
                    "forms", String.valueOf(summary.forms()));
        });
        try (spool) {
            spool.copyTo(out);
        }
        JunitXml.write(w, x -> {
            JunitXml.startCase(x, RUN_CASE, RUN_CASE);
            problems(x, runFindings, "failure");
            JunitXml.systemOut(x, "\n    ", output(runFindings));
            JunitXml.endCase(x);
            if (end.baseline()) {
                JunitXml.systemOut(x, "  ", resolved(end));
                x.writeCharacters("\n");
            }
            JunitXml.endSuite(x);
        });
        out.flush();
    }

    /** An unwaived ERROR finding fails its case. */
    private static boolean fails(Finding x) {
        return x.severity() == Severity.ERROR && !x.waived();
    }

    /** A {@code <failure>} (or {@code <error>}) per finding that fails; whether there was one. */
    private boolean problems(XMLStreamWriter w, List<Finding> findings, String element) throws XMLStreamException {
        boolean any = false;
        for (Finding x : findings) {
            if (fails(x)) {
                JunitXml.problem(w, element, x.ruleId(), label(x), details(x));
                any = true;
            }
        }
        return any;
    }

    /** The findings that do not fail the case, as the text report shows them, for its {@code <system-out>}. */
    private String output(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding x : findings) {
            if (!fails(x)) {
                sb.append(x.waived() ? "已豁免" : x.severity().chinese()).append("  ").append(label(x)).append("  ").append(x.where()).append('\n');
                sb.append("    ").append(x.message()).append('\n');
                if (x.waived()) {
                    sb.append("    豁免：").append(x.waiver().reason()).append("（批准：").append(x.waiver().approver())
                            .append("，至 ").append(x.waiver().expires()).append("）\n");
                }
            }
        }
        return sb.toString();
    }

    /** A failure's text: rule, severity, where, the message, the values it compares, the basis. */
    private String details(Finding x) {
        StringBuilder sb = new StringBuilder();
        sb.append("规则：").append(label(x));
        if (x.rule() != null) {
            sb.append("（").append(x.rule().file()).append(':').append(x.rule().line()).append("）");
        }
        sb.append("\n严重程度：").append(x.severity().chinese());
        if (x.baseline() != null) {
            sb.append("（与基线比：").append(Show.baseline(x.baseline())).append("）");
        }
        sb.append("\n位置：").append(x.where());
        if (x.source() != null) {
            sb.append("\n文件：").append(x.source());
        }
        sb.append("\n问题：").append(x.message());
        if (!value(x.expected()).isEmpty() || !value(x.actual()).isEmpty()) {
            sb.append("\n应为：").append(or(value(x.expected()))).append(" · 实为：").append(or(value(x.actual())));
        }
        if (x.basis() != null && !x.basis().isEmpty()) {
            sb.append("\n依据：").append(x.basis());
        }
        return sb.append('\n').toString();
    }

    /** The rule's id and its title (the rule's name): {@code FUND-OVERSPENT 执行数超过预算数}. */
    private String label(Finding x) {
        RuleInfo r = rules.get(x.ruleId());
        return r == null ? x.ruleId() : x.ruleId() + " " + r.name();
    }

    private static String or(String v) {
        return v.isEmpty() ? "—" : v;
    }

    /** A value a finding compares, as written; empty for none. */
    private static String value(Object v) {
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /** The findings a baseline had and this run no longer has, for the suite's output. */
    private static String resolved(RunEnd end) {
        StringBuilder sb = new StringBuilder("与基线相比已解决的发现（" + end.resolved().size() + "）\n");
        for (var e : end.resolved()) {
            sb.append("  ").append(e.ruleId()).append("  ").append(e.formId()).append("  ").append(e.message()).append('\n');
        }
        return sb.toString();
    }
}
