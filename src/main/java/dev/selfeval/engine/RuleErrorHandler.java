package dev.selfeval.engine;

import dev.selfeval.model.RuleError;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * A rule that throws must cost only its own result: the exception becomes a {@link RuleError} fact
 * (reported by ENGINE-RULE-ERROR) and the other rules go on firing.
 */
public final class RuleErrorHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        Object id = match.getRule().getMetaData().get("id");
        runtime.insert(new RuleError(match.getRule().getName(), id == null ? null : id.toString(),
                cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "")));
    }
}
