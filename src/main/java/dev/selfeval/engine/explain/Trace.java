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
        public List<String> describedFacts() {
            return facts.stream().map(Facts::describe).toList();
        }
    }

    private final List<Firing> firings = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Object id = event.getMatch().getRule().getMetaData().get("id");
        firings.add(new Firing(firings.size() + 1, id == null ? "?" : id.toString(), event.getMatch().getRule().getName(),
                new ArrayList<>(event.getMatch().getObjects())));
    }

    public List<Firing> firings() {
        return firings;
    }
}
