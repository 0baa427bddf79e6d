package dev.selfeval.engine.explain;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.ConditionWords;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.RuleClassLoader;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.RuleSource;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.model.Form;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.IndicatorScore;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.io.ByteArrayResource;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains why rules did not fire on one item of a form (the budget line, or an indicator). For
 * each rule with a condition on that item, it builds probe rules: the rule's conditions before the
 * item, then the item's pattern with one constraint at a time, then with the conditions after it.
 * The first probe that does not match names the condition that held the rule back.
 */
public final class WhyNot {
    /** A rule that did not fire on the item, and the condition that held it back (in the form's words). */
    public record Held(RuleInfo rule, String reason) {
    }

    private static final Set<String> INDICATOR_TYPES = Set.of("Indicator", "IndicatorScore");
    private static final Set<String> BUDGET_TYPES = Set.of("FundLine", "BudgetScore");

    /** A constraint that binds a field to a variable: {@code $key : identity}. */
    private static final java.util.regex.Pattern FIELD_BINDING = java.util.regex.Pattern.compile("\\s*(\\$\\w+)\\s*:\\s*([a-z][\\w.]*(?:\\(\\))?)\\s*");

    private WhyNot() {
    }

    /**
     * @param item  0 for the budget line, else the indicator's index
     * @param fired the rules (by id) that fired with this item among their facts
     */
    public static List<Held> explain(RuleSet rules, FormAudit audit, int item, Set<String> fired) {
        return explain(rules, audit, item, fired, id -> true);
    }

    /** The same for the rules {@code which} accepts (by id) only. */
    public static List<Held> explain(RuleSet rules, FormAudit audit, int item, Set<String> fired, java.util.function.Predicate<String> which) {
        Form form = audit.form();
        Indicator indicator = item == 0 ? null : form.indicators().get(item - 1);
        IndicatorScore score = audit.indicators().stream().filter(s -> s.index() == item).findFirst().orElse(null);
        List<Candidate> candidates = new ArrayList<>();
        // every rule on the item is probed, fired or not, so that the probes of an item are the same on
        // every form and compiled once (see compile); the fired ones are left out of the answer
        for (RuleSource src : rules.sources()) {
            if (!which.test(src.info().id())) {
                continue;
            }
            List<BaseDescr> lhs = new ArrayList<>(src.rule().getLhs().getDescrs());
            for (int j = 0; j < lhs.size(); j++) {
                if (lhs.get(j) instanceof PatternDescr p && p.getSource() == null
                        && (item == 0 ? BUDGET_TYPES : INDICATOR_TYPES).contains(p.getObjectType())) {
                    candidates.add(new Candidate(candidates.size(), src, lhs, j));
                    break;
                }
            }
        }
        StringBuilder drl = new StringBuilder("package selfeval.probe;\n");
        Set<String> imports = new LinkedHashSet<>();
        Set<String> functions = new LinkedHashSet<>();
        for (RuleSource src : rules.sources()) {
            for (ImportDescr i : src.pkg().getImports()) {
                imports.add("import " + i.getTarget() + ";\n");
            }
            for (FunctionDescr f : src.pkg().getFunctions()) {
                String text = src.slice(f);
                if (text != null) {
                    functions.add(text + "\n");
                }
            }
        }
        imports.forEach(drl::append);
        drl.append("global java.util.Set probes;\n");
        drl.append("global ").append(Params.class.getName()).append(' ').append(RuleSet.PARAMS_GLOBAL).append(";\n");
        functions.forEach(drl::append);
        for (Candidate c : candidates) {
            c.probes(item, drl);
        }
        Set<String> passed = run(drl.toString(), rules, audit);
        List<Held> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (fired.contains(c.src.info().id())) {
                continue;
            }
            out.add(new Held(c.src.info(), passed == null ? "未触发（无法逐条分析条件）"
                    : c.reason(passed, c.itemFact(indicator, score, audit), rules.params(audit.form().template()), rules.wording())));
        }
        return out;
    }

    /** Probe bases compiled lately, by their DRL: the same item of every form of a file has the same probes. */
    private static final Map<String, java.util.Optional<KieBase>> COMPILED = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, java.util.Optional<KieBase>> eldest) {
            return size() > 8;
        }
    };

    /** The probes compiled, or empty when they cannot be. */
    private static java.util.Optional<KieBase> compile(String drl) {
        synchronized (COMPILED) {
            return COMPILED.computeIfAbsent(drl, d -> {
                KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleClassLoader.INSTANCE));
                kb.add(new ByteArrayResource(d.getBytes(StandardCharsets.UTF_8), "UTF-8"), ResourceType.DRL);
                return kb.hasErrors() ? java.util.Optional.empty() : java.util.Optional.of(kb.newKieBase());
            });
        }
    }

    /** Fires the probes over the form's facts; null when the probes cannot be compiled. */
    private static Set<String> run(String drl, RuleSet rules, FormAudit audit) {
        KieBase base = compile(drl).orElse(null);
        if (base == null) {
            return null;
        }
        KieSession s = base.newKieSession();
        Set<String> passed = new HashSet<>();
        try {
            s.setGlobal("probes", passed);
            s.setGlobal(RuleSet.PARAMS_GLOBAL, rules.params(audit.form().template()));
            Auditor.insertFacts(s, rules.params(audit.form().template()), audit.form());
            if (audit.budget() != null) {
                s.insert(audit.budget());
            }
            audit.indicators().forEach(s::insert);
            if (audit.score() != null) {
                s.insert(audit.score());
            }
            s.fireAllRules();
        } finally {
            s.dispose();
        }
        return passed;
    }

    /** One rule to probe: its conditions, and the position of the pattern on the item. */
    private record Candidate(int n, RuleSource src, List<BaseDescr> lhs, int at) {
        PatternDescr pattern() {
            return (PatternDescr) lhs.get(at);
        }

        /**
         * What each variable of the rule is bound to: a fact ({@code $t : FundLine(…)}: {@code $t} →
         * FundLine) or a fact's field ({@code Indicator($key : identity)}: {@code $key} → Indicator.identity),
         * those bound inside {@code not (…)}, {@code and}, {@code or} too.
         */
        Map<String, String> types() {
            return bind(lhs, new HashMap<>());
        }

        private static Map<String, String> bind(List<? extends BaseDescr> conditions, Map<String, String> out) {
            for (BaseDescr d : conditions) {
                if (d instanceof ConditionalElementDescr ce) {
                    bind(ce.getDescrs(), out);
                } else if (d instanceof PatternDescr p) {
                    if (p.getIdentifier() != null) {
                        out.put(p.getIdentifier(), p.getObjectType());
                    }
                    for (BaseDescr c : p.getDescrs()) {
                        java.util.regex.Matcher m = c instanceof ExprConstraintDescr e ? FIELD_BINDING.matcher(e.getExpression()) : null;
                        if (m != null && m.matches()) {
                            out.put(m.group(1), p.getObjectType() + "." + m.group(2));
                        }
                    }
                }
            }
            return out;
        }

        String identity(int item) {
            return switch (pattern().getObjectType()) {
                case "Indicator" -> "index == " + item;
                case "IndicatorScore" -> "indicator.index == " + item;
                case "FundLine" -> "kind == FundKind.TOTAL";
                default -> "";
            };
        }

        List<String> constraints() {
            List<String> out = new ArrayList<>();
            for (BaseDescr d : pattern().getDescrs()) {
                if (d instanceof ExprConstraintDescr e) {
                    out.add(e.getExpression());
                }
            }
            return out;
        }

        /** Constraints that only bind a variable ({@code $i : indicator}) go into every probe. */
        List<String> bindings() {
            return constraints().stream().filter(c -> c.matches("\\s*\\$\\w+\\s*:[^:]*")).toList();
        }

        String prefix() {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < at; k++) {
                sb.append("    ").append(src.slice(lhs.get(k))).append('\n');
            }
            return sb.toString();
        }

        String pattern(int item, List<String> constraints) {
            PatternDescr p = pattern();
            List<String> all = new ArrayList<>();
            if (!identity(item).isEmpty()) {
                all.add(identity(item));
            }
            all.addAll(constraints);
            return "    " + (p.getIdentifier() == null ? "" : p.getIdentifier() + " : ") + p.getObjectType() + "("
                    + String.join(", ", all) + ")\n";
        }

        void probes(int item, StringBuilder drl) {
            rule(drl, "base", prefix() + pattern(item, bindings()));
            List<String> cs = constraints();
            for (int k = 0; k < cs.size(); k++) {
                List<String> one = new ArrayList<>(bindings());
                if (!one.contains(cs.get(k))) {
                    one.add(cs.get(k));
                }
                rule(drl, "c" + k, prefix() + pattern(item, one));
            }
            StringBuilder after = new StringBuilder(prefix() + pattern(item, cs));
            rule(drl, "all", after.toString());
            for (int m = at + 1; m < lhs.size(); m++) {
                after.append("    ").append(src.slice(lhs.get(m))).append('\n');
                rule(drl, "f" + m, after.toString());
            }
        }

        private void rule(StringBuilder drl, String probe, String when) {
            drl.append("rule \"p").append(n).append('_').append(probe).append("\"\nwhen\n").append(when)
                    .append("then\n    probes.add(\"").append(n).append('_').append(probe).append("\");\nend\n");
        }

        /** The fact the item's pattern is about: the indicator or its score, the total fund line or the budget score. */
        Object itemFact(Indicator indicator, IndicatorScore score, FormAudit audit) {
            return switch (pattern().getObjectType()) {
                case "IndicatorScore" -> score;
                case "Indicator" -> indicator;
                case "BudgetScore" -> audit.budget();
                default -> audit.form().funds().stream().filter(l -> l.kind() == dev.selfeval.model.FundKind.TOTAL).findFirst().orElse(null);
            };
        }

        String reason(Set<String> passed, Object fact, Params params, ConditionWords words) {
            if (!passed.contains(n + "_base") && prefix().isBlank()) {
                return "未触发 —— 本项没有" + words.facts().getOrDefault(pattern().getObjectType(), pattern().getObjectType())
                        + "（它由其他规则算出或由读表得出；规则文件缺了或表没读全时就没有）";
            }
            if (!passed.contains(n + "_base")) {
                return "未触发 —— 前提条件不成立：" + Wording.words(prefix().strip().replaceAll("\\s*\\n\\s*", "；"), params, words, types());
            }
            List<String> cs = constraints();
            for (int k = 0; k < cs.size(); k++) {
                if (!passed.contains(n + "_c" + k)) {
                    String values = fact == null ? "" : FactValues.values(cs.get(k), fact, words);
                    return "未触发 —— 条件「" + Wording.words(cs.get(k), params, words, types()) + "」不成立" + (values.isEmpty() ? "" : "（" + values + "）");
                }
            }
            if (!passed.contains(n + "_all")) {
                return "未触发 —— 各条件单独成立，合在一起不成立";
            }
            for (int m = at + 1; m < lhs.size(); m++) {
                if (!passed.contains(n + "_f" + m)) {
                    return "未触发 —— 后续条件不成立：" + Wording.words(src.slice(lhs.get(m)).replaceAll("\\s+", " "), params, words, types());
                }
            }
            return "未触发 —— 条件均成立（规则可能已在其他事实上触发）";
        }
    }
}
