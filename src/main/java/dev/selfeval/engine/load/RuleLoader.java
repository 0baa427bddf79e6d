package dev.selfeval.engine.load;

import dev.selfeval.engine.Params;
import dev.selfeval.engine.Report;
import dev.selfeval.engine.RuleClassLoader;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.RuleSource;
import dev.selfeval.ingest.template.Templates;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.lang.descr.CompositePackageDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.io.ByteArrayResource;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;

/**
 * Loads a rules folder: reads the parameters, parses every DRL file, checks the metadata contract
 * (every rule has a unique {@code @id}, a {@code @severity} of ERROR, WARNING or INFO, and a
 * {@code @basis}), then compiles them into one KieBase, while the YAML files are read on a thread of
 * their own ({@link RuleSettings}). Every problem is collected and reported together as
 * {@code file:line:column: message}.
 */
public final class RuleLoader {
    /** A global the engine sets on every session: its name, its type, and what it is (for messages). */
    private record EngineGlobal(String name, Class<?> type, String role) {
        boolean declaredAs(String declared) {
            return declared.equals(type.getName()) || declared.equals(type.getSimpleName());
        }

        String misdeclared(Object declared) {
            return "全局变量 " + name + " 是" + role + "，类型应为 " + type.getName() + "，而不是 " + declared;
        }
    }

    private static final List<EngineGlobal> ENGINE_GLOBALS = List.of(
            new EngineGlobal(RuleSet.PARAMS_GLOBAL, Params.class, "参数"),
            new EngineGlobal(RuleSet.REPORT_GLOBAL, Report.class, "规则记录发现的报告"));

    private RuleLoader() {
    }

    public static RuleSet load(Path dir) throws RuleLoadException {
        try {
            return load(RuleFiles.of(dir));
        } catch (IOException e) {
            throw new RuleLoadException(new LoadError(dir.toString(), 0, 0, "无法读取规则目录：" + e.getMessage()));
        }
    }

    public static RuleSet load(RuleFiles files) throws RuleLoadException {
        return load(files, null);
    }

    /**
     * Loads the rules, taking the compiled packages from {@code cache} when it holds them for these
     * files and this build (see {@link RuleCache}); null compiles every time. The rule files are
     * read and checked the same either way.
     */
    public static RuleSet load(RuleFiles files, boolean useCache) throws RuleLoadException {
        return load(files, useCache ? RuleCache.standard() : null);
    }

    static RuleSet load(RuleFiles files, RuleCache cache) throws RuleLoadException {
        TemplateFiles.refuseUnreadable(files);
        FutureTask<RuleSettings> reading = RuleSettings.start(files);
        List<LoadError> errors = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        Map<String, CompositePackageDescr> packages = new LinkedHashMap<>();
        List<LoadError> engineGlobals = new ArrayList<>();
        int drlFiles = 0;
        for (RuleFiles.RuleFile f : files.files()) {
            if (f.drl()) {
                drlFiles++;
                Resource r = new ByteArrayResource(f.text().getBytes(StandardCharsets.UTF_8), "UTF-8"); // not the platform charset (LANG=C)
                r.setSourcePath(f.path());
                r.setResourceType(ResourceType.DRL);
                List<LoadError> fullWidth = DrlAdvice.fullWidth(f.path(), f.text());
                List<LoadError> syntax = new ArrayList<>();
                PackageDescr pkg = DrlErrors.parse(f, r, syntax);
                if (!syntax.isEmpty() || !fullWidth.isEmpty()) {
                    errors.addAll(DrlAdvice.explain(f.text(), fullWidth, syntax));
                    pkg = null;
                }
                if (pkg != null) {
                    TextComparisons.check(f.path(), pkg, errors);
                    List<RuleInfo> found = RuleMetadata.of(f, pkg, errors);
                    for (GlobalDescr g : pkg.getGlobals()) {
                        for (EngineGlobal e : ENGINE_GLOBALS) {
                            if (e.name().equals(g.getIdentifier()) && !e.declaredAs(g.getType())) {
                                engineGlobals.add(new LoadError(f.path(), g.getLine(), g.getColumn() + 1,
                                        e.misdeclared(g.getType())));
                            }
                        }
                    }
                    rules.addAll(found);
                    String text = f.text();
                    for (int k = 0; k < found.size(); k++) {
                        sources.add(new RuleSource(found.get(k), pkg, pkg.getRules().get(k), text));
                    }
                    CompositePackageDescr composite = packages.get(pkg.getNamespace());
                    if (composite == null) {
                        packages.put(pkg.getNamespace(), new CompositePackageDescr(r, pkg));
                    } else {
                        composite.addPackageDescr(r, pkg);
                    }
                }
            }
        }
        if (drlFiles == 0) {
            errors.add(new LoadError(files.dir(), 0, 0, "规则目录中没有 .drl 规则文件"));
        }
        RuleMetadata.checkUniqueIds(rules, errors);
        RuleMetadata.checkUniqueNames(rules, errors);
        if (!errors.isEmpty()) {
            throw failure(reading, files, errors);
        }
        // Build from the descriptions parsed above (no second parse), all files of a package in one
        // compiler run.
        String fingerprint = fingerprint(files);
        // the compiled packages depend on the rule files alone: a rules folder that differs in its
        // parameters (a rule-test case's params:) or templates takes the same packages
        String key = cache == null ? null : compiledKey(files);
        Collection<InternalKnowledgePackage> compiled = cache == null ? null
                : cache.read(key, RuleClassLoader.INSTANCE, packages.keySet());
        if (compiled == null) {
            KnowledgeBuilderImpl kb = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder(
                    KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleClassLoader.INSTANCE));
            kb.buildPackages(packages.values());
            if (kb.hasErrors()) {
                Map<String, String> texts = new HashMap<>();
                files.files().forEach(f -> texts.put(f.path(), f.text()));
                for (KnowledgeBuilderError e : kb.getErrors()) {
                    LoadError le = DrlErrors.of(e);
                    errors.addAll(DrlAdvice.explain(texts.getOrDefault(le.file(), ""), List.of(), List.of(le)));
                }
                throw failure(reading, files, errors);
            }
            compiled = kb.getKnowledgePackages().stream().map(p -> (InternalKnowledgePackage) p).toList();
            if (cache != null) {
                cache.write(key, compiled);
            }
        }
        InternalKnowledgeBase base = newBase(compiled);
        // The engine sets these globals without the session's own type check (RuleSet.bind).
        for (EngineGlobal e : ENGINE_GLOBALS) {
            Object type = base.getGlobals().get(e.name());
            if (type != null && type != e.type()) {
                if (engineGlobals.isEmpty()) {
                    engineGlobals.add(new LoadError(files.dir(), 0, 0, e.misdeclared(type)));
                }
                throw failure(reading, files, engineGlobals);
            }
        }
        RuleLoadException problems = failure(reading, files, errors);
        if (!problems.errors().isEmpty()) {
            throw problems;
        }
        RuleSettings settings = RuleSettings.get(reading);
        Collection<InternalKnowledgePackage> built = compiled;
        List<LoadError> citations = new ArrayList<>();
        List<RuleInfo> cited = BasisCitations.cite(rules, files, citations);
        if (!citations.isEmpty()) {
            throw new RuleLoadException(citations);
        }
        List<RuleSource> citedSources = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) { // a source for each rule, in the same order
            RuleSource s = sources.get(i);
            citedSources.add(new RuleSource(cited.get(i), s.pkg(), s.rule(), s.text()));
        }
        return new RuleSet(files.dir(), base, cited, citedSources, settings.params(), settings.templates(), settings.byTemplate(), fingerprint,
                settings.wording(), leftOut -> {
            InternalKnowledgeBase b = newBase(RuleCache.copy(built, RuleClassLoader.INSTANCE));
            for (RuleInfo r : rules) {
                if (leftOut.contains(r.key())) {
                    b.removeRule(r.packageName(), r.name());
                }
            }
            return b;
        });
    }

    /**
     * {@code base} with the parameters, templates and wording of {@code files}, a rules folder whose
     * rule files are those {@code base} was loaded from (a rule-test case's own {@code params:}): the
     * compiled rules are shared. A rule's basis keeps the text cited from {@code base}'s parameters.
     */
    public static RuleSet withSettings(RuleSet base, RuleFiles files) throws RuleLoadException {
        RuleSettings settings = RuleSettings.get(RuleSettings.start(files));
        List<LoadError> errors = new ArrayList<>(settings.errors());
        if (settings.params() != null) {
            RuleMetadata.customNames(files, settings.params(), errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        return base.withSettings(settings.params(), settings.templates(), settings.byTemplate(), fingerprint(files), settings.wording());
    }

    /**
     * The problems of the rule files: those of the YAML files first, then those of the DRL files
     * ({@code drl}), and the custom names the parameters give rules that do not exist.
     */
    private static RuleLoadException failure(FutureTask<RuleSettings> reading, RuleFiles files, List<LoadError> drl) {
        RuleSettings settings = RuleSettings.get(reading);
        List<LoadError> all = new ArrayList<>(settings.errors());
        all.addAll(drl);
        if (settings.params() != null) {
            RuleMetadata.customNames(files, settings.params(), all);
        }
        return new RuleLoadException(all);
    }

    /** The form layouts of a rules folder, without compiling its rules (for reading only: convert). */
    public static Templates templates(RuleFiles files) throws RuleLoadException {
        return TemplateFiles.read(files);
    }

    /** A KieBase of compiled packages, whose rules' exceptions become findings ({@link RuleErrorHandler}). */
    private static InternalKnowledgeBase newBase(Collection<InternalKnowledgePackage> packages) {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, RuleClassLoader.INSTANCE);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleErrorHandler.class));
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(packages);
        return base;
    }

    /** The cache's key for the compiled packages of {@code files}: their rule files alone decide them. */
    static String compiledKey(RuleFiles files) {
        return RuleCache.key(fingerprint(new RuleFiles(files.dir(), files.files().stream().filter(RuleFiles.RuleFile::drl).toList())));
    }

    private static String fingerprint(RuleFiles files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFiles.RuleFile f : files.files()) {
                sha.update(f.relative().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.bytes());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
