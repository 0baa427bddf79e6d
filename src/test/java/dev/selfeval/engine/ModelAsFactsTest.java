package dev.selfeval.engine;

import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The model records work as Drools facts: DRL reads their accessors, nested ones and BigDecimals. */
class ModelAsFactsTest {

    @Test
    void drlReadsTheRecords() {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        kb.add(ResourceFactory.newClassPathResource("drl/facts.drl"), ResourceType.DRL);
        assertFalse(kb.hasErrors(), () -> kb.getErrors().toString());
        KieBase base = kb.newKieBase();

        Form form3 = Fixtures.seedForms().get(2);
        KieSession s = base.newKieSession();
        List<String> out = new ArrayList<>();
        s.setGlobal("out", out);
        s.insert(form3);
        form3.funds().forEach(s::insert);
        form3.indicators().forEach(s::insert);
        s.fireAllRules();
        s.dispose();
        out.sort(null);
        assertEquals(List.of("000_01ee96ef31214bdb.txt#3 rate 79.31", "工作人员配备数量 42"), out);
    }
}
