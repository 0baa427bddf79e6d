package dev.selfeval.engine.load;

import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSource;
import dev.selfeval.model.RuleError;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.mvel.ConstraintEvaluationException;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that throws must cost only its own result: the exception becomes a {@link RuleError} fact
 * (reported by ENGINE-RULE-ERROR) and the other rules go on firing. A rule that throws again and
 * again on one form (it re-activates itself before throwing) is bounded: its {@link #MAX_ERRORS}th
 * error goes past the handler, so that the form is audited again without that rule, as for an
 * error the handler never sees.
 */
public final class RuleErrorHandler implements ConsequenceExceptionHandler {
    /** Errors of one rule on one form before the form is audited again without it. */
    static final int MAX_ERRORS = 20;

    /** A rule's error once it has thrown {@link #MAX_ERRORS} times on one form; its cause is the last. */
    static final class Repeated extends RuntimeException {
        Repeated(Exception last) {
            super("该规则在本表上已反复出错 " + MAX_ERRORS + " 次", last);
        }
    }

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        String name = match.getRule().getName();
        if (runtime.getObjects(o -> o instanceof RuleError e && name.equals(e.ruleName())).size() + 1 >= MAX_ERRORS) {
            throw new Repeated(exception);
        }
        Object id = match.getRule().getMetaData().get("id");
        runtime.insert(new RuleError(name, id == null ? null : id.toString(), describe(exception)));
    }

    /**
     * What a throwable that went past the handler (an {@link Error} such as AssertionError or
     * StackOverflowError, an exception in a condition) says, with the rule that threw it when that
     * can be told ({@link #blame}).
     */
    public static RuleError thrown(Throwable e, KieBase kieBase, List<RuleInfo> rules) {
        RuleInfo r = byConsequence(e, kieBase, rules);
        return r != null ? new RuleError(r.name(), r.id(), describe(e) + "（" + r.file() + ":" + r.line() + "）")
                : new RuleError(null, null, "审核中断：" + describe(e));
    }

    /**
     * The rules a throwable that went past the handler came from: the rule whose action the stack
     * passes through (the class Drools generated for its consequence), else the rules whose condition
     * Drools was evaluating (its constraint error names each rule that shares the condition), else the
     * rules whose conditions hold the expression the expression language could not evaluate (its
     * "Near" excerpt); none when none of these tells.
     */
    public static List<RuleInfo> blame(Throwable e, KieBase kieBase, List<RuleSource> sources) {
        RuleInfo r = byConsequence(e, kieBase, sources.stream().map(RuleSource::info).toList());
        if (r != null) {
            return List.of(r);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintEvaluationException) {
                String evaluating = String.valueOf(t.getMessage());
                List<RuleInfo> rules = sources.stream().map(RuleSource::info)
                        .filter(i -> evaluating.contains("Rule \"" + i.name() + "\" in ")).toList(); // the file may be where a cached build was made
                if (!rules.isEmpty()) {
                    return rules;
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = NEAR.matcher(String.valueOf(t.getMessage()));
            if (m.find() && !squeezed(m.group(1)).isEmpty()) {
                String near = squeezed(m.group(1));
                return sources.stream().filter(s -> {
                    String when = s.slice(s.rule().getLhs());
                    return when != null && squeezed(when).contains(near);
                }).map(RuleSource::info).toList();
            }
        }
        return List.of();
    }

    /** MVEL's excerpt of the expression it failed on: {@code [Near : {... weight > "十" ....}]}. */
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\.(.*?)\\.\\.\\.\\.}]", Pattern.DOTALL);

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The rule whose consequence class the stack of {@code e} passes through, or null. */
    private static RuleInfo byConsequence(Throwable e, KieBase kieBase, List<RuleInfo> rules) {
        Map<String, RuleInfo> byKey = new HashMap<>();
        rules.forEach(r -> byKey.put(r.key(), r));
        Map<String, RuleInfo> byClass = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                RuleInfo info = byKey.get(r.getPackageName() + "." + r.getName());
                String invoker = ((RuleImpl) r).getConsequence().getClass().getName();
                int end = invoker.indexOf("DefaultConsequenceInvoker");
                if (info != null && end > 0) {
                    byClass.put(invoker.substring(0, end), info);
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                RuleInfo r = byClass.get(frame.getClassName());
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The innermost cause of a throwable: its class and message. */
    public static String describe(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }
}
