package dev.selfeval.engine.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.selfeval.engine.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code @basis} may cite a parameter, {@code {params.budget.lowExecution}}, so that its text
 * stays right when a bureau changes the threshold: the citation is replaced by the value in
 * parameters.yaml when the rules are loaded. A citation of a parameter that is not there, or of a
 * whole block, is the rule's error.
 */
final class BasisCitations {
    private static final Pattern CITATION = Pattern.compile("\\{params\\.([A-Za-z0-9_.]+)}");

    private BasisCitations() {
    }

    /** The rules with their citations replaced; problems go to {@code errors}, and the rule keeps the citation. */
    static List<RuleInfo> cite(List<RuleInfo> rules, RuleFiles files, List<LoadError> errors) {
        JsonNode params = null;
        List<RuleInfo> out = new ArrayList<>(rules.size());
        for (RuleInfo r : rules) {
            Matcher m = CITATION.matcher(r.basis() == null ? "" : r.basis());
            if (!m.find()) {
                out.add(r);
                continue;
            }
            params = params != null ? params : tree(files);
            StringBuilder basis = new StringBuilder();
            m.reset();
            while (m.find()) {
                JsonNode value = params;
                for (String part : m.group(1).split("\\.")) {
                    value = value == null ? null : value.get(part);
                }
                if (value == null || !value.isValueNode()) {
                    errors.add(new LoadError(r.file(), r.line(), 0, "规则「" + r.name() + "」的 @basis 引用的参数 params." + m.group(1)
                            + (value == null ? " 在 " + RuleFiles.PARAMETERS + " 中不存在" : " 是一组参数，不是一个值")
                            + "：请写 " + RuleFiles.PARAMETERS + " 中某一项的完整路径，如 {params.budget.lowExecution}"));
                    m.appendReplacement(basis, Matcher.quoteReplacement(m.group()));
                } else {
                    m.appendReplacement(basis, Matcher.quoteReplacement(value.asText()));
                }
            }
            m.appendTail(basis);
            out.add(new RuleInfo(r.packageName(), r.name(), r.id(), r.severity(), basis.toString(), r.file(), r.line()));
        }
        return out;
    }

    /** parameters.yaml as a tree (its own errors are told where it is read). */
    private static JsonNode tree(RuleFiles files) {
        for (RuleFiles.RuleFile f : files.files()) {
            if (f.parameters()) {
                try {
                    return new ObjectMapper(new YAMLFactory()).readTree(f.text());
                } catch (JsonProcessingException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
