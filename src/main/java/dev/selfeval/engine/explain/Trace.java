package dev.selfeval.engine.explain;

import dev.selfeval.engine.Facts;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.ArrayList;
import java.util.List;

/** Records every rule firing of one session, in order, with the facts each matched. */
public final class Trace extends DefaultAgendaEventListener {
    /** One firing: the rule and the facts of its match. */
    public record Firing(int order, String ruleId, String ruleName, List<Object> facts) {
        /** The facts in words, their rows named as {@code form}'s file names them. */
        public List<String> describedFacts(dev.selfeval.model.Form form) {
            return facts.stream().map(f -> Facts.describe(f, form)).toList();
        }
    }

    /** The engine's own fact that conditions such as {@code not} and {@code exists} match: no fact of the form. */
    private static boolean engines(Object fact) {
        return fact != null && fact.getClass().getName().startsWith("org.drools.");
    }

    private final List<Firing> firings = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Object id = event.getMatch().getRule().getMetaData().get("id");
        firings.add(new Firing(firings.size() + 1, id == null ? "?" : id.toString(), event.getMatch().getRule().getName(),
                event.getMatch().getObjects().stream().filter(o -> !engines(o)).toList()));
    }

    public List<Firing> firings() {
        return firings;
    }
}
