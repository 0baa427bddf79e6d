package dev.selfeval.engine.run;

import dev.selfeval.ingest.TextDecoder;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.ingest.yaml.StrictYaml;
import dev.selfeval.model.Closest;
import dev.selfeval.model.Waiver;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a waiver file (YAML, or JSON, which YAML also reads): {@code waivers:} a list of entries with
 * {@code rule}, one of {@code form} (a form id), {@code project} (a project name, or a project's key as
 * reports show it) or {@code department} (a 主管部门: the rule on all its forms), optional {@code indicator} and {@code years} (the form years it holds for), {@code reason},
 * {@code approver} and {@code expires} (YYYY-MM-DD). Any mistake is reported with file and line.
 */
public final class WaiverFile {
    /** A date as people write one: four-digit year (LocalDate alone also takes {@code +10000-01-01}). */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    record Doc(List<Entry> waivers) {
    }

    record Entry(String rule, String form, String project, String department, String indicator, List<Integer> years, String reason,
                 String approver, String expires) {
    }

    /** A waiver file that cannot be used: {@code file:line: message}. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private WaiverFile() {
    }

    /** A form given by its number alone ({@code 3}, {@code #3}) instead of its id. */
    private static final Pattern FORM_NUMBER = Pattern.compile("#?\\d+");

    /**
     * @param ruleIds the ids of the rules loaded: a waiver for any other rule is a mistake (named with
     *                the closest id), not a waiver that waits unused
     */
    public static List<Waiver> read(Path file, Collection<String> ruleIds) throws Invalid {
        String shown = file.toString().replace('\\', '/');
        String text;
        try {
            text = TextDecoder.handWritten(file);
        } catch (UnreadableInputException e) {
            throw new Invalid(shown + (e.line() > 0 ? ":" + e.line() : "") + ": 无法读取豁免文件：" + e.getMessage());
        }
        Map<String, Integer> lines;
        Doc doc;
        try {
            StrictYaml.Parsed<Doc> parsed = StrictYaml.read(text, Doc.class, "豁免文件顶层");
            doc = parsed.value();
            lines = parsed.lines();
        } catch (StrictYaml.Invalid e) {
            throw new Invalid(shown + ":" + e.at() + ": " + e.message("豁免文件"));
        }
        if (doc == null || doc.waivers() == null) {
            throw new Invalid(shown + ": 豁免文件应有 waivers: 列表");
        }
        List<Waiver> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < doc.waivers().size(); i++) {
            Entry e = doc.waivers().get(i);
            int line = lines.getOrDefault("waivers[" + i + "]", lines.getOrDefault("waivers", 0));
            String at = shown + ":" + line + ": 第 " + (i + 1) + " 条豁免";
            List<String> wrong = problems(e, ruleIds);
            if (!wrong.isEmpty()) {
                wrong.forEach(w -> problems.add(at + w));
                continue;
            }
            out.add(new Waiver(e.rule().strip(), blank(e.form()) ? null : e.form().strip(),
                    blank(e.project()) ? null : e.project().strip(), blank(e.department()) ? null : e.department().strip(),
                    blank(e.indicator()) ? null : e.indicator().strip(),
                    e.years(), e.reason().strip(), e.approver().strip(), LocalDate.parse(e.expires().strip()), shown, line));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("\n", problems));
        }
        return out;
    }

    /** What is wrong with one waiver, each told after "第 N 条豁免"; none when it holds. */
    private static List<String> problems(Entry e, Collection<String> ruleIds) {
        if (e == null) {
            return List.of("是空的：每条应写 rule、form 或 project 或 department、reason、approver、expires");
        }
        List<String> out = new ArrayList<>();
        if (blank(e.rule())) {
            out.add("缺少 rule（规则编号）");
        } else if (!ruleIds.contains(e.rule().strip())) {
            out.add("的规则编号「" + e.rule().strip() + "」不存在" + Closest.hint(e.rule().strip(), ruleIds)
                    + "（规则编号见 selfeval rules check）");
        }
        if (!blank(e.form()) && FORM_NUMBER.matcher(e.form().strip()).matches()) {
            out.add("的 form「" + e.form().strip() + "」是表的序号，应写表格编号：文件名加 # 和序号，如 "
                    + "000_01ee96ef31214bdb.txt#" + e.form().strip().replace("#", "") + "（见报告中每张表的编号）");
        } else if ((blank(e.form()) ? 0 : 1) + (blank(e.project()) ? 0 : 1) + (blank(e.department()) ? 0 : 1) != 1) {
            out.add("应写明 form（表格编号）、project（项目名称）或 department（主管部门）之一");
        }
        if (e.years() != null && e.years().stream().anyMatch(y -> y == null || y < 1950 || y > 2100)) {
            out.add("的 years 应是年度的列表，如 [2023, 2024]");
        }
        if (blank(e.reason())) {
            out.add("缺少 reason（理由）");
        }
        if (blank(e.approver())) {
            out.add("缺少 approver（批准人）");
        }
        if (blank(e.expires())) {
            out.add("缺少 expires（到期日，YYYY-MM-DD）");
            return out;
        }
        String date = e.expires().strip();
        try {
            if (!DATE.matcher(date).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", date, 0);
            }
            LocalDate.parse(date);
        } catch (DateTimeParseException ex) {
            out.add("的 expires「" + e.expires() + "」不是 YYYY-MM-DD 格式的日期");
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
