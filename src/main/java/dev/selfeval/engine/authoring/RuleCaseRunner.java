package dev.selfeval.engine.authoring;

import dev.selfeval.ingest.InputFile;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.model.Closest;
import dev.selfeval.engine.load.RuleFiles;
import dev.selfeval.engine.load.RuleLoadException;
import dev.selfeval.engine.load.RuleLoader;
import dev.selfeval.engine.load.UnsafeCode;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.engine.run.SweepIndex;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs rule test cases against a rules folder. A case passes when every rule it names fired exactly
 * the expected number of times and every pinned finding is there. Also records which rules fired
 * at all, for coverage.
 */
public final class RuleCaseRunner {
    /**
     * The outcome of one case; {@code failures} say what differed, in Chinese; {@code unexpected},
     * for a case that failed, the findings it made of rules it does not name (as "RULE  message"):
     * what the rules did instead, an ENGINE-RULE-ERROR among them.
     */
    public record Result(String name, String description, List<String> failures, Set<String> fired, List<String> unexpected) {
        Result(RuleCase c, List<String> failures, Set<String> fired) {
            this(c.name(), c.description(), failures, fired, List.of());
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private final RuleFiles rules;
    private final boolean allowUnsafe;
    private final RuleSet base;
    /** A case's own rules folder: its extra rule files, its own parameters. */
    private record Variant(List<java.nio.file.Path> addRules, Map<String, Object> params) {
    }

    private final Map<Variant, RuleSet> variants = new HashMap<>();
    /** Whether a rule a failed case expected says why it did not fire (rules test does; rules check only lists failures). */
    private boolean whyNot = true;

    public RuleCaseRunner(RuleFiles rules) throws RuleLoadException {
        this(rules, true);
    }

    /** @param allowUnsafe whether a case's own rule files may exit, run programs or write files ({@link UnsafeCode}) */
    public RuleCaseRunner(RuleFiles rules, boolean allowUnsafe) throws RuleLoadException {
        this(rules, RuleLoader.load(rules), allowUnsafe);
    }

    /** The same with the rules of {@code rules} loaded already ({@code base}). */
    public RuleCaseRunner(RuleFiles rules, RuleSet base, boolean allowUnsafe) {
        this.rules = rules;
        this.allowUnsafe = allowUnsafe;
        this.base = base;
    }

    /**
     * Every case under {@code roots} (folders or case files), in path order; a case file that cannot
     * be read is a failed result named by its path.
     */
    public List<Result> runAll(List<Path> roots) throws IOException {
        List<Result> out = new ArrayList<>();
        for (Path root : roots) {
            for (Path f : RuleCaseFile.discover(root)) {
                try {
                    for (RuleCase c : RuleCaseFile.readAll(f)) {
                        out.add(run(c));
                    }
                } catch (RuleCaseFile.CaseException e) {
                    out.add(new Result(f.toString(), null, List.of(e.getMessage()), Set.of(), List.of()));
                }
            }
        }
        return out;
    }

    public RuleSet rules() {
        return base;
    }

    /** The same runner, whose failures do not say why an expected rule did not fire (quicker, for a summary). */
    public RuleCaseRunner withoutWhyNot() {
        whyNot = false;
        return this;
    }

    public Result run(RuleCase c) {
        List<String> failures = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        RuleSet ruleSet;
        try {
            ruleSet = c.addRules().isEmpty() && c.params().isEmpty() ? base
                    : variants.computeIfAbsent(new Variant(c.addRules(), c.params()), this::load);
        } catch (IllegalStateException e) {
            return new Result(c, List.of(e.getMessage()), fired);
        }
        Waivers waivers = Waivers.none();
        if (c.waivers() != null) {
            try {
                waivers = Waivers.read(c.waivers(), ruleSet);
            } catch (WaiverFile.Invalid e) {
                return new Result(c, List.of(e.getMessage()), fired);
            }
        }
        String shown = c.formFile().toString().replace('\\', '/');
        FileResult read = Pipeline.read(new InputFile(c.formFile(), shown, c.formFile().getFileName().toString()), null,
                ruleSet.templates());
        Pipeline pipeline = new Pipeline(new Auditor(ruleSet), waivers, null);
        List<Finding> findings = new ArrayList<>();
        List<FormAudit> audits = new ArrayList<>();
        if (!read.readable()) {
            findings.addAll(pipeline.unreadable(shown, read).findings());
        }
        for (Form f : read.forms()) {
            if (c.template() != null && !c.template().equals(f.template())) {
                failures.add(f.id() + " 应按表式「" + c.template() + "」读取，实际按「" + f.template() + "」");
            }
            failures.addAll(ReadingCheck.failures(c.reading(), f));
            FormAudit audit = pipeline.form(f, new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Object id = event.getMatch().getRule().getMetaData().get("id");
                    if (id != null) {
                        fired.add(id.toString());
                    }
                }
            });
            audits.add(audit);
            findings.addAll(audit.findings());
        }
        SweepIndex.Found found = SweepIndex.of(audits);
        Pipeline.End end = pipeline.end(found.groups(), found.pairs());
        end.crossForm().forEach(cross -> findings.add(cross.finding()));
        findings.addAll(end.waivers());
        // a waived finding does not count: the case states what is still reported
        findings.removeIf(Finding::waived);
        for (Finding f : findings) {
            fired.add(f.ruleId());
        }
        List<String> known = ruleSet.ids();
        for (String id : c.expect().keySet()) {
            if (!known.contains(id)) {
                failures.add("期望的规则编号「" + id + "」不存在" + Closest.hint(id, known) + "（规则编号见 selfeval rules check）");
            }
        }
        for (RuleCase.Detail d : c.findings()) {
            if (d.ruleId() != null && !known.contains(d.ruleId()) && !c.expect().containsKey(d.ruleId())) {
                failures.add("findings 中的规则编号「" + d.ruleId() + "」不存在" + Closest.hint(d.ruleId(), known));
            }
        }
        for (Map.Entry<String, Integer> e : c.expect().entrySet()) {
            long n = findings.stream().filter(f -> f.ruleId().equals(e.getKey())).count();
            if (n != e.getValue()) {
                failures.add(e.getKey() + " 应出现 " + e.getValue() + " 次，实际 " + n + " 次" + list(findings, e.getKey())
                        + (whyNot && n < e.getValue() ? CaseWhyNot.lines(ruleSet, audits, e.getKey()) : ""));
            }
        }
        for (RuleCase.Detail d : c.findings()) {
            if (findings.stream().noneMatch(f -> matches(d, f))) {
                failures.add("没有找到符合要求的发现：" + describe(d) + list(findings, d.ruleId()));
            }
        }
        List<String> unexpected = new ArrayList<>();
        if (!failures.isEmpty()) {
            Set<String> named = new TreeSet<>(c.expect().keySet());
            c.findings().forEach(d -> named.add(d.ruleId()));
            findings.stream().filter(f -> !named.contains(f.ruleId())).forEach(f -> unexpected.add(f.ruleId() + "  " + f.message()));
        }
        return new Result(c.name(), c.description(), failures, fired, unexpected);
    }

    private RuleSet load(Variant v) {
        try {
            RuleFiles files = rules.plus(v.addRules());
            UnsafeCode.check(files, allowUnsafe);
            if (v.addRules().isEmpty()) { // its own parameters only: the rules as compiled, with them
                return RuleLoader.withSettings(base, rules.withParameters(v.params()));
            }
            return RuleLoader.load(v.params().isEmpty() ? files : files.withParameters(v.params()));
        } catch (RuleLoadException | IOException e) {
            throw new IllegalStateException((v.params().isEmpty() ? "用例附加的规则" : "用例自带的参数（params）或附加的规则")
                    + "无法加载：" + e.getMessage());
        }
    }

    static boolean matches(RuleCase.Detail d, Finding f) {
        return f.ruleId().equals(d.ruleId())
                && (d.severity() == null || f.severity().name().equals(d.severity()))
                && (d.line() == null || f.location().line() == d.line())
                && (d.place() == null || f.source() != null && d.place().equals(f.source().place()))
                && (d.field() == null || d.field().equals(f.location().field()))
                && (d.expected() == null || same(d.expected(), f.expected()))
                && (d.actual() == null || same(d.actual(), f.actual()))
                && (d.messageContains() == null || f.message().contains(d.messageContains()));
    }

    /** Numbers compare by value (79.3 = 79.30), anything else as text. */
    private static boolean same(String want, Object got) {
        if (got instanceof BigDecimal b) {
            try {
                return new BigDecimal(want).compareTo(b) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return got != null && want.equals(got.toString());
    }

    private static String describe(RuleCase.Detail d) {
        StringBuilder sb = new StringBuilder(d.ruleId());
        if (d.severity() != null) sb.append(" severity=").append(d.severity());
        if (d.line() != null) sb.append(" line=").append(d.line());
        if (d.place() != null) sb.append(" place=").append(d.place());
        if (d.field() != null) sb.append(" field=").append(d.field());
        if (d.expected() != null) sb.append(" expected=").append(d.expected());
        if (d.actual() != null) sb.append(" actual=").append(d.actual());
        if (d.messageContains() != null) sb.append(" message∋").append(d.messageContains());
        return sb.toString();
    }

    private static String list(List<Finding> findings, String ruleId) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            if (f.ruleId().equals(ruleId)) {
                sb.append("\n      实际：").append(f.severity()).append(' ').append(f.where()).append(' ')
                        .append(f.message()).append(" (expected=").append(f.expected()).append(", actual=")
                        .append(f.actual()).append(')');
            }
        }
        return sb.toString();
    }
}
