package dev.selfeval.report;

import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Findings grouped by form, for a person at a terminal; severity in colour when asked for. */
final class TextReporter implements Reporter<byte[]> {
    private static final String RESET = "\u001b[0m";
    private static final int DEPARTMENTS_SHOWN = 5;
    private static final int SKIPPED_SHOWN = 10;

    private final OutputStream out;
    private final boolean color;
    private RunInfo run;
    /** Rule titles by id: set in begin, read by the workers after. */
    private Map<String, String> titles = Map.of();

    TextReporter(OutputStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    @Override
    public void begin(RunInfo run) {
        this.run = run;
        this.titles = run.titles();
    }

    @Override
    public byte[] render(FormAudit a) {
        StringBuilder sb = new StringBuilder();
        Form f = a.form();
        if (f == null) {
            sb.append(bold(Show.safe(a.id()))).append("  ").append(paint(Severity.ERROR, "无法读取")).append("  ").append(Show.safe(a.source())).append('\n');
        } else {
            sb.append(bold(Show.safe(a.id()))).append("  ").append(Show.orDash(f.projectName())).append('\n');
            sb.append("  来源 ").append(Show.safe(f.source())).append(" · 主管部门 ").append(Show.orDash(f.header().department()))
                    .append(" · ").append(f.header().year() == null ? "年度不详" : f.header().year() + " 年度")
                    .append(" · 表式 ").append(Show.orDash(f.template()))
                    .append(f.key().isEmpty() ? "" : " · 项目标识 " + Show.safe(f.key())).append('\n');
            sb.append("  读表 ").append(Show.safe(Show.reading(f.reading()))).append('\n');
            if (a.score() != null) {
                sb.append("  总分 填报 ").append(Show.score(a.score().stated())).append(" · 重算 ")
                        .append(Show.score(a.score().recomputed())).append(" · 等级 ").append(Show.orDash(a.score().grade()))
                        .append('\n');
            } else if (f.missing().contains(BlockMissing.SCORES) && f.missing().stream().allMatch(BlockMissing::byLayout)) {
                sb.append("  ").append(Show.unscored(f)).append('\n');
            } else if (Show.unscored(f) != null) {
                sb.append("  总分 填报 ").append(Show.score(f.total().score())).append(" · 重算 ").append(Show.safe(Show.unscored(f)))
                        .append('\n');
            }
        }
        if (a.findings().isEmpty()) {
            sb.append("  未发现问题\n");
        }
        for (Finding x : a.findings()) {
            finding(sb, x);
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private void finding(StringBuilder sb, Finding x) {
        sb.append("  ").append(x.waived() ? "已豁免" : paint(x.severity(), x.severity().chinese())).append("  ")
                .append(Show.safe(x.ruleId())).append(title(x.ruleId())).append("  ").append(Show.safe(x.where()));
        if (x.baseline() != null) {
            sb.append("  [").append(Show.baseline(x.baseline())).append(']');
        }
        sb.append('\n');
        sb.append("        ").append(Show.safe(x.message())).append('\n');
        if (x.waived()) {
            sb.append("        豁免：").append(Show.safe(x.waiver().reason())).append("（批准：").append(Show.safe(x.waiver().approver()))
                    .append("，至 ").append(x.waiver().expires()).append("，").append(Show.safe(x.waiver().where())).append("）\n");
        }
        sb.append("        [").append(Show.safe(x.rule().file())).append(':').append(x.rule().line()).append("]\n");
    }

    /** " 标题" of a rule, or nothing for a code no rule of the set has. */
    private String title(String ruleId) {
        String t = titles.get(ruleId);
        return t == null ? "" : " " + Show.safe(t);
    }

    @Override
    public void write(byte[] form) throws IOException {
        out.write(form);
    }

    @Override
    public void end(Summary s, RunEnd end) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (!end.crossForm().isEmpty()) {
            sb.append(bold("跨表发现")).append('\n');
            for (CrossFormFinding c : end.crossForm()) {
                finding(sb, c.finding());
            }
            sb.append('\n');
        }
        if (!end.waivers().isEmpty()) {
            sb.append(bold("豁免清单")).append('\n');
            for (Finding f : end.waivers()) {
                finding(sb, f);
            }
            sb.append('\n');
        }
        if (end.baseline()) {
            sb.append(bold("与基线相比已解决的发现（" + end.resolved().size() + "）")).append('\n');
            for (var e : end.resolved()) {
                sb.append("  ").append(Show.safe(e.ruleId())).append("  ").append(Show.safe(e.formId())).append("  ").append(Show.safe(e.message())).append('\n');
            }
            sb.append('\n');
        }
        if (!s.unreadable().isEmpty()) {
            sb.append("无法读取：\n");
            for (Summary.Unreadable u : s.unreadable()) {
                sb.append("  ").append(Show.safe(u.file())).append(u.line() > 0 ? ":" + u.line() : "").append("  ").append(Show.safe(u.reason())).append('\n');
            }
        }
        if (!s.skipped().isEmpty()) {
            sb.append("按文件名略过的非表格文件（").append(s.skipped().size()).append("）：")
                    .append(Show.safe(String.join("、", s.skipped().subList(0, Math.min(SKIPPED_SHOWN, s.skipped().size())))))
                    .append(s.skipped().size() > SKIPPED_SHOWN ? " 等" : "").append('\n');
        }
        if (!s.byRule().isEmpty()) {
            sb.append("按规则：");
            s.byRule().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sb.append(Show.safe(e.getKey())).append(' ').append(e.getValue()).append("  "));
            sb.setLength(sb.length() - 2);
            sb.append('\n');
        }
        if (!s.grades().isEmpty()) {
            sb.append("等级（重算）：");
            List<String> order = new ArrayList<>(run.grades());
            s.grades().keySet().stream().filter(g -> !order.contains(g)).forEach(order::add);
            String grades = order.stream().filter(g -> s.grades().containsKey(g))
                    .map(g -> Show.safe(g) + " " + s.grades().get(g)).collect(Collectors.joining(" · "));
            sb.append(grades).append('\n');
        }
        List<Summary.Department> depts = s.departments();
        if (depts.size() > 1) {
            sb.append("错误最多的主管部门：");
            for (int i = 0; i < Math.min(DEPARTMENTS_SHOWN, depts.size()); i++) {
                Summary.Department d = depts.get(i);
                sb.append(i == 0 ? "" : "；").append(Show.safe(d.name())).append(" 错误 ").append(d.errors()).append("（").append(d.forms()).append(" 张表）");
            }
            sb.append('\n');
        }
        sb.append(s.files()).append(" 个文件 · ").append(s.forms()).append(" 张表");
        if (!s.unreadable().isEmpty()) {
            sb.append("（无法读取 ").append(s.unreadable().size()).append("）");
        }
        for (Severity sev : Severity.values()) {
            sb.append(" · ").append(paint(sev, sev.chinese() + " " + s.count(sev)));
        }
        int waived = 0;
        for (Severity sev : Severity.values()) {
            waived += s.waived(sev);
        }
        if (waived > 0) {
            sb.append(" · 已豁免 ").append(waived);
        }
        if (!s.baseline().isEmpty()) {
            sb.append(" · 新增 ").append(s.baseline().getOrDefault("new", 0)).append(" · 原有 ")
                    .append(s.baseline().getOrDefault("unchanged", 0)).append(" · 已解决 ")
                    .append(s.baseline().getOrDefault("resolved", 0));
            if (s.baseline().getOrDefault("rules", 0) > 0) {
                sb.append(" · 规则有变 ").append(s.baseline().get("rules"));
            }
        }
        sb.append(" · 规则 ").append(run.ruleCount()).append(" 条（").append(Show.safe(run.rulesDir())).append("，sha256 ")
                .append(run.fingerprint(), 0, 12).append("）").append(String.format(" · 用时 %.1f 秒（%,d 张/秒）",
                        s.elapsedMillis() / 1000.0, Math.round(s.formsPerSecond()))).append('\n');
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
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
