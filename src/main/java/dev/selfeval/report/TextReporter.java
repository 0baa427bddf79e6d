package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Severity;

import java.io.PrintStream;

/** Findings grouped by form, for a person at a terminal; severity in colour when asked for. */
final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final boolean color;
    private RunInfo run;

    TextReporter(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    @Override
    public void begin(RunInfo run) {
        this.run = run;
    }

    @Override
    public void form(FormAudit a) {
        Form f = a.form();
        if (f == null) {
            out.println(bold(a.id()) + "  " + paint(Severity.ERROR, "无法读取") + "  " + a.source());
        } else {
            out.println(bold(a.id()) + "  " + Texts.orDash(f.projectName()));
            out.println("  来源 " + f.source() + " · 主管部门 " + Texts.orDash(f.header().department()) + " · "
                    + (f.header().year() == null ? "年度不详" : f.header().year() + " 年度"));
            if (a.score() != null) {
                out.println("  总分 填报 " + Texts.score(a.score().stated()) + " · 重算 " + Texts.score(a.score().recomputed())
                        + " · 等级 " + Texts.orDash(a.score().grade()));
            }
        }
        if (a.findings().isEmpty()) {
            out.println("  未发现问题");
        }
        for (Finding x : a.findings()) {
            out.println("  " + paint(x.severity(), x.severity().chinese()) + "  " + x.ruleId() + "  " + x.location());
            out.println("        " + x.message());
            out.println("        [" + x.rule().file() + ":" + x.rule().line() + "]");
        }
        out.println();
    }

    @Override
    public void end(Summary s) {
        StringBuilder line = new StringBuilder();
        line.append(s.files()).append(" 个文件 · ").append(s.forms()).append(" 张表");
        if (!s.unreadable().isEmpty()) {
            line.append("（无法读取 ").append(s.unreadable().size()).append("）");
        }
        for (Severity sev : Severity.values()) {
            line.append(" · ").append(paint(sev, sev.chinese() + " " + s.count(sev)));
        }
        line.append(" · 规则 ").append(run.ruleCount()).append(" 条（").append(run.rulesDir()).append("，sha256 ")
                .append(run.fingerprint(), 0, 12).append("）");
        out.println(line);
        out.flush();
    }

    private String paint(Severity s, String text) {
        if (!color) {
            return text;
        }
        String code = switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
        return code + text + RESET;
    }

    private String bold(String text) {
        return color ? "\u001b[1m" + text + RESET : text;
    }
}
