package dev.selfeval.engine.load;

import dev.selfeval.engine.RuleInfo;
import dev.selfeval.model.RuleError;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule that throws must cost only its own result: the exception becomes a {@link RuleError} fact
 * (reported by ENGINE-RULE-ERROR) and the other rules go on firing.
 */
public final class RuleErrorHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Object id = match.getRule().getMetaData().get("id");
        runtime.insert(new RuleError(match.getRule().getName(), id == null ? null : id.toString(), describe(exception)));
    }

    /**
     * What a throwable that went past the handler (an {@link Error} such as AssertionError or
     * StackOverflowError) says, with the rule that threw it when the stack passes through the class
     * Drools generated for that rule's consequence.
     */
    public static RuleError thrown(Throwable e, KieBase kieBase, List<RuleInfo> rules) {
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
                    return new RuleError(r.name(), r.id(), describe(e) + "（" + r.file() + ":" + r.line() + "）");
                }
            }
        }
        return new RuleError(null, null, "审核中断：" + describe(e));
    }

    private static String describe(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }
}
