package dev.selfeval.engine;

import dev.selfeval.ingest.template.Templates;
import org.kie.api.KieBase;
import org.kie.api.runtime.Globals;
import org.kie.api.runtime.KieSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A compiled rules folder: one KieBase shared by every session of a run, the rules with their
 * metadata, the parameters, and a fingerprint (sha256 of the rule files) that reports carry.
 * Immutable and without static state: several may live side by side in one program.
 */
public final class RuleSet {
    /** The global through which rules read the parameters: a constant, so a condition on it needs no join. */
    public static final String PARAMS_GLOBAL = "params";
    /** The global through which rules report findings. */
    public static final String REPORT_GLOBAL = "report";

    private final String dir;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byKey = new HashMap<>();
    private final List<RuleSource> sources;
    private final Params params;
    private final Templates templates;
    private final Map<String, Params> byTemplate;
    private final String fingerprint;
    private final ConditionWords wording;
    /** Builds a KieBase of these rules without the named ones (rule keys: package.name). */
    private final Function<Set<String>, KieBase> rebuild;
    private final Map<Set<String>, KieBase> without = new ConcurrentHashMap<>();
    /** Whether some rule file declares the {@code params} global (checked by the loader to be a Params). */
    private final boolean paramsGlobal;

    public RuleSet(String dir, KieBase kieBase, List<RuleInfo> rules, List<RuleSource> sources, Params params,
            Templates templates, Map<String, Params> byTemplate, String fingerprint, ConditionWords wording,
            Function<Set<String>, KieBase> rebuild) {
        this.rebuild = rebuild;
        this.wording = wording;
        this.templates = templates;
        this.byTemplate = Map.copyOf(byTemplate);
        this.dir = dir;
        this.sources = List.copyOf(sources);
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.params = params;
        this.fingerprint = fingerprint;
        for (RuleInfo r : rules) {
            byKey.put(r.key(), r);
        }
        this.paramsGlobal = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(PARAMS_GLOBAL)));
    }

    /**
     * The same compiled rules with other settings (parameters, templates, wording) read from a rules
     * folder that differs from this one only in those files: nothing is compiled again.
     */
    public RuleSet withSettings(Params params, Templates templates, Map<String, Params> byTemplate, String fingerprint,
                                ConditionWords wording) {
        return new RuleSet(dir, kieBase, rules, sources, params, templates, byTemplate, fingerprint, wording, rebuild);
    }

    /**
     * Sets the globals a session of these rules reads: the parameters (when declared; those of the
     * form's template) and the report.
     * Once per form: resetting a reused session clears its globals. Through the session's globals,
     * not its setGlobal, which takes the KieBase's read lock: every worker would pass that lock
     * between the cores on every form. The loader has checked the globals' types.
     */
    public void bind(KieSession s, Report report, Params p) {
        Globals g = s.getGlobals();
        g.set(REPORT_GLOBAL, report);
        if (paramsGlobal) {
            g.set(PARAMS_GLOBAL, p);
        }
    }

    /**
     * These rules without the given ones (rule keys, {@link RuleInfo#key()}): for a form on which those
     * rules threw, so that the others still run on it. Built once per set of rules left out.
     */
    public KieBase without(Set<String> ruleKeys) {
        return without.computeIfAbsent(Set.copyOf(ruleKeys), rebuild);
    }

    /** How explain words these rules' conditions (rules/wording.yaml). */
    public ConditionWords wording() {
        return wording;
    }

    public String dir() {
        return dir;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Every rule, in file and line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Every rule's id (FUND-RATE …), in file and line order. */
    public List<String> ids() {
        return rules.stream().map(RuleInfo::id).toList();
    }

    /** The parameters of parameters.yaml. */
    public Params params() {
        return params;
    }

    /** The parameters for forms of a template: parameters.yaml with the template's own on top. */
    public Params params(String template) {
        return template == null ? params : byTemplate.getOrDefault(template, params);
    }

    /** The form layouts of the rules folder (templates/*.yaml), which the reader reads forms by. */
    public Templates templates() {
        return templates;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The parsed rules with their file texts, in file and line order. */
    public List<RuleSource> sources() {
        return sources;
    }

    /** By the engine's rule object: looked up on every finding, so without building a key. */
    private final Map<Object, RuleInfo> byRule = new java.util.concurrent.ConcurrentHashMap<>();

    RuleInfo info(org.kie.api.definition.rule.Rule rule) {
        RuleInfo r = byRule.get(rule);
        if (r == null) {
            r = info(rule.getPackageName(), rule.getName());
            byRule.put(rule, r);
        }
        return r;
    }

    RuleInfo info(String packageName, String name) {
        RuleInfo r = byKey.get(packageName + "." + name);
        if (r == null) {
            throw new IllegalStateException("rule without metadata: " + packageName + "." + name);
        }
        return r;
    }
}
