package dev.selfeval.engine.load;

import dev.selfeval.engine.Params;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.model.Closest;
import dev.selfeval.model.Severity;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata contract of the rules: every rule has a unique {@code @id}, a {@code @severity} of
 * ERROR, WARNING or INFO, and a {@code @basis}; every auditor's own parameter a rule asks for is in
 * parameters.yaml. Breaches are collected as {@link LoadError}s.
 */
final class RuleMetadata {
    private RuleMetadata() {
    }

    /** The rules of one parsed file with their names, lines and metadata; breaches go to {@code errors}. */
    static List<RuleInfo> of(RuleFiles.RuleFile f, PackageDescr pkg, List<LoadError> errors) {
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

    /** Every rule's {@code @id} is unique across the folder. */
    static void checkUniqueIds(List<RuleInfo> rules, List<LoadError> errors) {
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

    /** No two rules of one package share a name (the engine would say "Duplicate rule name" in English, twice). */
    static void checkUniqueNames(List<RuleInfo> rules, List<LoadError> errors) {
        Map<String, RuleInfo> seen = new HashMap<>();
        for (RuleInfo r : rules) {
            RuleInfo first = seen.putIfAbsent(r.packageName() + "\u0000" + r.name(), r);
            if (first != null) {
                errors.add(new LoadError(r.file(), r.line(), 0, "规则名称「" + r.name() + "」与 " + first.file() + ":" + first.line()
                        + " 的规则重名：同一个 package 中的规则名称须各不相同，请改其中一条的名称"));
            }
        }
    }

    /** How a rule asks for an auditor's own parameter: {@code params.custom("scoreCap80")}. */
    private static final Pattern CUSTOM = Pattern.compile("params\\s*\\.\\s*custom\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** Every name a rule asks {@code params.custom} for is in parameters.yaml's {@code custom:}. */
    static void customNames(RuleFiles files, Params params, List<LoadError> errors) {
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
}
