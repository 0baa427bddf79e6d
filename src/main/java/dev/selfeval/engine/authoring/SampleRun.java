package dev.selfeval.engine.authoring;

import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.Format;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a rule set once on the sample forms bundled with the tool (the seed's ten real forms, and
 * forms at the edges: {@link #EDGES}), so that
 * a rule whose condition or action throws is caught by {@code rules check} before a run, with its
 * file:line: compiling alone does not see a condition that compares a number with a text.
 */
public final class SampleRun {
    static final String SAMPLE = "samples/000_01ee96ef31214bdb.txt";
    /** Forms at the edges, bundled beside the seed (pom.xml): a zero budget, nothing spent, text in a number cell, blank and dash cells, a form read only in part. */
    static final List<String> EDGES = List.of("FUND-NO-BUDGET/fires.txt", "FUND-ZERO-UNEXPLAINED/fires.txt",
            "IND-BAD-NUMBER/fires.txt", "FORM-GOAL-MISSING/fires.txt", "PARSE-LAYOUT-PARTIAL/fires.txt");
    private static final String ERROR_RULE = "ENGINE-RULE-ERROR";
    /** The time a sample form's rules may take, as a sweep's default --form-timeout. */
    private static final Duration LIMIT = Watchdog.FORM_LIMIT;
    /** The time all the sample forms may take. */
    private static final Duration WHOLE = Duration.ofSeconds(30);

    /** A rule that threw on sample forms: the rule (null when it could not be told), the first form, how many, what. */
    public record Broken(RuleInfo rule, String firstForm, int forms, String message) {
        /** What the Java exception the rule threw usually means in a rule, in words; "" for one without a usual meaning. */
        public String hint() {
            if (message.contains("NumberFormatException")) {
                return "这通常是把文字当作数字比较或计算（如 weight > \"十\"）。";
            }
            if (message.contains("ArithmeticException")) {
                return "这通常是除以了零：表中的分母可能为 0 或空，请先判断分母不为 0（如 annualBudget != 0）再除。";
            }
            if (message.contains("NullPointerException")) {
                return "这通常是用到了表中为空的字段：请先判断该字段 != null。";
            }
            if (message.contains("ClassCastException")) {
                return "这通常是比较的两边类型不同（数字与文字）。";
            }
            return "";
        }
    }

    private SampleRun() {
    }

    public static List<Broken> run(RuleSet rules) {
        return run(rules, WHOLE);
    }

    /** The same, with the time all the sample forms may take (tests give a short one). */
    static List<Broken> run(RuleSet rules, Duration whole) {
        byte[] bytes = bundled(SAMPLE);
        if (bytes == null) {
            return List.of();
        }
        List<Form> forms = new ArrayList<>(Pipeline.read(bytes, "示例表", Format.TEXT, rules.templates()).forms());
        for (String edge : EDGES) {
            byte[] form = bundled("samples/edge/" + edge);
            if (form != null) {
                forms.addAll(Pipeline.read(form, "边界示例 " + edge, Format.TEXT, rules.templates()).forms());
            }
        }
        FileResult sample = new FileResult("示例表", "UTF-8", forms, null, 0);
        Map<String, Broken> broken = new LinkedHashMap<>();
        // on a thread of its own, so that a rule stuck in a Java loop cannot hold the check for ever
        Thread t = new Thread(() -> audit(rules, sample, broken), "selfeval-sample-run");
        t.setDaemon(true);
        t.start();
        try {
            t.join(whole.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            return List.of(new Broken(null, sample.forms().isEmpty() ? "示例表" : sample.forms().get(0).id(), sample.forms().size(),
                    "规则在示例表上运行超过 " + whole.toSeconds() + " 秒仍未结束，某条规则（多半是 then 部分的循环）停不下来"));
        }
        synchronized (broken) {
            return new ArrayList<>(broken.values());
        }
    }

    /** A form bundled in the jar, or null when it is not there (a build without the samples). */
    static byte[] bundled(String resource) {
        try (InputStream in = SampleRun.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void audit(RuleSet rules, FileResult sample, Map<String, Broken> broken) {
        try (Watchdog watchdog = new Watchdog(LIMIT)) {
            Auditor auditor = new Auditor(rules, watchdog);
            for (Form f : sample.forms()) {
                for (Finding x : auditor.audit(f).findings()) {
                    if (x.ruleId().equals(ERROR_RULE)) {
                        RuleInfo r = rules.rules().stream().filter(i -> i.id().equals(x.location().field())).findFirst().orElse(null);
                        synchronized (broken) {
                            broken.merge(r == null ? x.message() : r.id(), new Broken(r, f.id(), 1, x.message()),
                                    (a, b) -> new Broken(a.rule(), a.firstForm(), a.forms() + 1, a.message()));
                        }
                    }
                }
            }
            auditor.release();
        }
    }
}
