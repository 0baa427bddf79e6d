package dev.selfeval.engine.load;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition that compares a text field of a fact with a number ({@code Indicator(actual > 90)}):
 * the engine accepts it, and it never holds, so the rule never fires without a word. Found before
 * compiling, from each pattern's fact type and its constraints, and told with the field to use instead.
 */
final class TextComparisons {
    /** {@code field op number} or {@code number op field}, the whole constraint. */
    private static final Pattern FIELD_FIRST = Pattern.compile("\\s*(\\w+)\\s*(<=|>=|<|>)\\s*-?\\d+(\\.\\d+)?\\s*");
    private static final Pattern NUMBER_FIRST = Pattern.compile("\\s*-?\\d+(\\.\\d+)?\\s*(<=|>=|<|>)\\s*(\\w+)\\s*");

    private TextComparisons() {
    }

    static void check(String file, PackageDescr pkg, List<LoadError> errors) {
        for (RuleDescr r : pkg.getRules()) {
            walk(file, pkg, r, r.getLhs(), errors);
        }
    }

    private static void walk(String file, PackageDescr pkg, RuleDescr rule, BaseDescr d, List<LoadError> errors) {
        if (d instanceof PatternDescr p) {
            Class<?> type = type(pkg, p.getObjectType());
            for (BaseDescr c : p.getConstraint().getDescrs()) {
                if (type != null && c instanceof ExprConstraintDescr e) {
                    check(file, rule, type, e, errors);
                }
            }
            if (p.getSource() != null) {
                walk(file, pkg, rule, p.getSource(), errors);
            }
        } else if (d instanceof CollectDescr c) {
            walk(file, pkg, rule, c.getInputPattern(), errors);
        } else if (d instanceof AccumulateDescr a) {
            walk(file, pkg, rule, a.getInput(), errors);
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr inner : ce.getDescrs()) {
                walk(file, pkg, rule, inner, errors);
            }
        }
    }

    private static void check(String file, RuleDescr rule, Class<?> type, ExprConstraintDescr e, List<LoadError> errors) {
        String expr = e.getExpression();
        Matcher m = FIELD_FIRST.matcher(expr);
        String field = m.matches() ? m.group(1) : null;
        if (field == null && (m = NUMBER_FIRST.matcher(expr)).matches()) {
            field = m.group(3);
        }
        if (field == null || component(type, field) != String.class) {
            return;
        }
        String instead = component(type, field + "Measure") != null ? "；要按数值比较，请用 " + field + "Measure.number" : "";
        errors.add(new LoadError(file, e.getLine() > 0 ? e.getLine() : rule.getLine(), e.getColumn() >= 0 ? e.getColumn() + 1 : 0,
                "规则「" + rule.getName() + "」的条件 " + expr.strip() + " 把文字字段 " + field + "（" + type.getSimpleName() + "."
                        + field + "，文字）与数字比较，永远不成立，规则不会触发" + instead + "；要按文字比较，请给数字加引号"));
    }

    /** The type of a record's component, or null when it has none of that name. */
    private static Class<?> component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        if (components != null) {
            for (RecordComponent c : components) {
                if (c.getName().equals(name)) {
                    return c.getType();
                }
            }
        }
        return null;
    }

    /** A pattern's fact type by the file's imports (a model record), or null when it is none. */
    private static Class<?> type(PackageDescr pkg, String name) {
        List<String> candidates = new ArrayList<>();
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + name);
            } else if (target.endsWith("." + name)) {
                candidates.add(target);
            }
        }
        for (String c : candidates) {
            try {
                Class<?> t = Class.forName(c, false, TextComparisons.class.getClassLoader());
                return t.isRecord() ? t : null;
            } catch (ClassNotFoundException | LinkageError ex) {
                // not this import
            }
        }
        return null;
    }
}
