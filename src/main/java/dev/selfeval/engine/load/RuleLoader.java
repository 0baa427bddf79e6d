package dev.selfeval.engine.load;

import dev.selfeval.engine.ConditionWords;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.Report;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.RuleSource;
import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.TemplateReader;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.ingest.template.VocabularyReader;
import dev.selfeval.model.Vocabulary;
import dev.selfeval.model.Closest;
import dev.selfeval.model.Severity;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.lang.descr.CompositePackageDescr;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a rules folder: reads the parameters, parses every DRL file, checks the metadata contract
 * (every rule has a unique {@code @id}, a {@code @severity} of ERROR, WARNING or INFO, and a
 * {@code @basis}), then compiles them into one KieBase. Every problem is collected and reported
 * together as {@code file:line:column: message}.
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
        List<LoadError> errors = new ArrayList<>();
        refuseUnreadable(files);
        Params params = null;
        RuleFiles.RuleFile paramFile = files.files().stream().filter(RuleFiles.RuleFile::parameters).findFirst()
                .orElse(null);
        if (paramFile == null) {
            errors.add(new LoadError(files.dir() + "/" + RuleFiles.PARAMETERS, 0, 0, "缺少参数文件 " + RuleFiles.PARAMETERS));
        } else {
            try {
                params = ParamsReader.read(paramFile.text(), paramFile.path());
            } catch (RuleLoadException e) {
                errors.addAll(e.errors());
            }
        }
        Templates templates = templates(files, errors);
        Map<String, Params> byTemplate = new LinkedHashMap<>();
        for (Template t : templates == null || params == null ? List.<Template>of() : templates.list()) {
            try {
                byTemplate.put(t.name(), t.parameters().isEmpty() ? params : ParamsReader.read(
                        paramFile.text(), paramFile.path(), t.parameters(), t.file()));
            } catch (RuleLoadException e) {
                errors.addAll(e.errors());
            }
        }
        ConditionWords wording = ConditionWords.NONE;
        RuleFiles.RuleFile wordingFile = files.files().stream().filter(RuleFiles.RuleFile::wording).findFirst().orElse(null);
        if (wordingFile != null) {
            try {
                wording = WordingReader.read(wordingFile.text(), wordingFile.path());
            } catch (RuleLoadException e) {
                errors.addAll(e.errors());
            }
        }
        List<RuleInfo> rules = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        Map<String, CompositePackageDescr> packages = new LinkedHashMap<>();
        List<LoadError> engineGlobals = new ArrayList<>();
        int drlFiles = 0;
        for (RuleFiles.RuleFile f : files.files()) {
            if (f.drl()) {
                drlFiles++;
                Resource r = ResourceFactory.newByteArrayResource(f.text().getBytes(StandardCharsets.UTF_8));
                r.setSourcePath(f.path());
                r.setResourceType(ResourceType.DRL);
                List<LoadError> fullWidth = DrlAdvice.fullWidth(f.path(), f.text());
                List<LoadError> syntax = new ArrayList<>();
                PackageDescr pkg = parse(f, r, syntax);
                if (!syntax.isEmpty() || !fullWidth.isEmpty()) {
                    errors.addAll(DrlAdvice.explain(f.text(), fullWidth, syntax));
                    pkg = null;
                }
                if (pkg != null) {
                    List<RuleInfo> found = metadata(f, pkg, errors);
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
        if (params != null) {
            customNames(files, params, errors);
        }
        if (drlFiles == 0) {
            errors.add(new LoadError(files.dir(), 0, 0, "规则目录中没有 .drl 规则文件"));
        }
        checkUniqueIds(rules, errors);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        // Build from the descriptions parsed above (no second parse), all files of a package in one
        // compiler run.
        String fingerprint = fingerprint(files);
        String key = cache == null ? null : RuleCache.key(fingerprint);
        Collection<InternalKnowledgePackage> compiled = cache == null ? null
                : cache.read(key, RuleLoader.class.getClassLoader(), packages.keySet());
        if (compiled == null) {
            KnowledgeBuilderImpl kb = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
            kb.buildPackages(packages.values());
            if (kb.hasErrors()) {
                Map<String, String> texts = new HashMap<>();
                files.files().forEach(f -> texts.put(f.path(), f.text()));
                for (KnowledgeBuilderError e : kb.getErrors()) {
                    LoadError le = buildError(e);
                    errors.addAll(DrlAdvice.explain(texts.getOrDefault(le.file(), ""), List.of(), List.of(le)));
                }
                throw new RuleLoadException(errors);
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
                throw new RuleLoadException(engineGlobals);
            }
        }
        Collection<InternalKnowledgePackage> built = compiled;
        Collection<String> names = packages.keySet();
        return new RuleSet(files.dir(), base, rules, sources, params, templates, byTemplate, fingerprint, wording, leftOut -> {
            InternalKnowledgeBase b = newBase(RuleCache.copy(built, RuleLoader.class.getClassLoader(), names));
            for (RuleInfo r : rules) {
                if (leftOut.contains(r.key())) {
                    b.removeRule(r.packageName(), r.name());
                }
            }
            return b;
        });
    }

    /** How a rule asks for an auditor's own parameter: {@code params.custom("scoreCap80")}. */
    private static final Pattern CUSTOM = Pattern.compile("params\\s*\\.\\s*custom\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** Every name a rule asks {@code params.custom} for is in parameters.yaml's {@code custom:}. */
    private static void customNames(RuleFiles files, Params params, List<LoadError> errors) {
        for (RuleFiles.RuleFile f : files.files()) {
            if (!f.drl()) {
                continue;
            }
            String[] lines = f.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = CUSTOM.matcher(lines[i]);
                while (m.find()) {
                    if (!params.custom().containsKey(m.group(1))) {
                        errors.add(new LoadError(f.path(), i + 1, m.start(1) + 1, "参数「" + m.group(1) + "」不在 " + RuleFiles.PARAMETERS
                                + " 的 custom: 中" + Closest.hint(m.group(1), params.custom().keySet()) + "：请在 custom: 下加上 "
                                + m.group(1) + ": {value: …, min: …, max: …}"));
                    }
                }
            }
        }
    }

    /** A KieBase of compiled packages, whose rules' exceptions become findings ({@link RuleErrorHandler}). */
    private static InternalKnowledgeBase newBase(Collection<InternalKnowledgePackage> packages) {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleErrorHandler.class));
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(packages);
        return base;
    }

    /** The form layouts of a rules folder, without compiling its rules (for reading only: convert). */
    public static Templates templates(RuleFiles files) throws RuleLoadException {
        refuseUnreadable(files);
        List<LoadError> errors = new ArrayList<>();
        Templates t = templates(files, errors);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        return t;
    }

    /** Files whose text could not be decoded are refused before anything is read from them. */
    private static void refuseUnreadable(RuleFiles files) throws RuleLoadException {
        List<LoadError> errors = files.files().stream().filter(f -> f.unreadable() != null)
                .map(f -> new LoadError(f.path(), f.line(), 0, f.unreadable())).toList();
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
    }

    /** The templates of {@code templates/*.yaml}; errors go to {@code errors}, and give null when there are any. */
    private static Templates templates(RuleFiles files, List<LoadError> errors) {
        List<Template> list = new ArrayList<>();
        int before = errors.size();
        for (RuleFiles.RuleFile f : files.files()) {
            if (!f.template()) {
                continue;
            }
            try {
                Template t = TemplateReader.read(f.text(), f.path());
                if (list.stream().anyMatch(x -> x.name().equals(t.name()))) {
                    errors.add(new LoadError(f.path(), 0, 0, "模板名称「" + t.name() + "」与另一个模板重复"));
                } else {
                    list.add(t);
                }
            } catch (TemplateReader.Invalid e) {
                e.errors().forEach(x -> errors.add(new LoadError(x.file(), x.line(), 0, x.message())));
            }
        }
        if (list.isEmpty() && errors.size() == before) {
            errors.add(new LoadError(files.dir() + "/" + RuleFiles.TEMPLATES, 0, 0,
                    "规则目录中没有表式模板（templates/*.yaml）：没有它读不了表格"));
        }
        Vocabulary vocabulary = null;
        RuleFiles.RuleFile v = files.files().stream().filter(RuleFiles.RuleFile::vocabulary).findFirst().orElse(null);
        if (v == null) {
            errors.add(new LoadError(files.dir() + "/" + RuleFiles.VOCABULARY, 0, 0,
                    "缺少单元格用语文件 " + RuleFiles.VOCABULARY + "（比较写法、单位、金额单位）"));
        } else {
            try {
                vocabulary = VocabularyReader.read(v.text(), v.path());
            } catch (TemplateReader.Invalid e) {
                e.errors().forEach(x -> errors.add(new LoadError(x.file(), x.line(), 0, x.message())));
            }
        }
        return errors.size() > before ? null : new Templates(list, vocabulary);
    }

    /** Parses one file; syntax errors go to {@code errors} and give null. */
    private static PackageDescr parse(RuleFiles.RuleFile f, Resource resource, List<LoadError> errors) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(resource);
        } catch (DroolsParserException | IOException e) {
            errors.add(new LoadError(f.path(), 0, 0, "无法解析：" + e.getMessage()));
            return null;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError e : parser.getErrors()) {
                errors.add(buildError(f.path(), e));
            }
            return null;
        }
        return pkg;
    }

    /** The rules of one parsed file with their names, lines and metadata; breaches go to {@code errors}. */
    private static List<RuleInfo> metadata(RuleFiles.RuleFile f, PackageDescr pkg, List<LoadError> errors) {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            String id = value(r, "id");
            String severity = value(r, "severity");
            String basis = value(r, "basis");
            String where = "规则「" + r.getName() + "」";
            if (id == null || id.isBlank()) {
                errors.add(new LoadError(f.path(), r.getLine(), r.getColumn(), where + "缺少 @id"));
            }
            Severity sev = null;
            if (severity == null || severity.isBlank()) {
                errors.add(new LoadError(f.path(), r.getLine(), r.getColumn(), where + "缺少 @severity"));
            } else {
                try {
                    sev = Severity.valueOf(severity);
                } catch (IllegalArgumentException e) {
                    errors.add(new LoadError(f.path(), r.getLine(), r.getColumn(),
                            where + "的 @severity 为「" + severity + "」，应为 ERROR、WARNING 或 INFO"));
                }
            }
            if (basis == null || basis.isBlank()) {
                errors.add(new LoadError(f.path(), r.getLine(), r.getColumn(), where + "缺少 @basis（依据）"));
            }
            out.add(new RuleInfo(pkg.getName(), r.getName(), id, sev, basis, f.path(), r.getLine()));
        }
        return out;
    }

    private static String value(RuleDescr r, String name) {
        AnnotationDescr a = r.getAnnotation(name);
        if (a == null) {
            return null;
        }
        Object v = a.getSingleValueStripped();
        return v == null ? null : v.toString();
    }

    private static void checkUniqueIds(List<RuleInfo> rules, List<LoadError> errors) {
        Map<String, RuleInfo> seen = new HashMap<>();
        for (RuleInfo r : rules) {
            if (r.id() == null) {
                continue;
            }
            RuleInfo first = seen.putIfAbsent(r.id(), r);
            if (first != null) {
                errors.add(new LoadError(r.file(), r.line(), 0, "规则「" + r.name() + "」的 @id " + r.id()
                        + " 与 " + first.file() + ":" + first.line() + " 的规则「" + first.name() + "」重复"));
            }
        }
    }

    private static LoadError buildError(KnowledgeBuilderError e) {
        String file = e.getResource() != null && e.getResource().getSourcePath() != null
                ? e.getResource().getSourcePath() : "(rules)";
        return buildError(file, e);
    }

    private static LoadError buildError(String file, KnowledgeBuilderError e) {
        int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
        int column = 0;
        String rule = null;
        // Drools counts columns from 0 (-1 when unknown); editors count from 1
        if (e instanceof ParserError p) {
            line = p.getRow();
            column = p.getCol() + 1;
        } else if (e instanceof RuleBuildError rb) {
            line = rb.getLine();
            column = rb.getColumn() + 1;
            rule = rb.getRule() != null ? rb.getRule().getName() : null;
        } else if (e instanceof DescrBuildError d) {
            line = d.getLine();
            column = d.getColumn() + 1;
            if (d.getParentDescr() instanceof RuleDescr r) {
                rule = r.getName();
            }
        }
        String message = e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")
                .replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
        return new LoadError(file, line, column, message + (rule != null ? " (rule \"" + rule + "\")" : ""));
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
