package dev.selfeval.ingest.parse;

import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Placing a header row's cells under the columns a template names. */
final class Labels {
    private Labels() {
    }

    /** The label key without its own note in brackets at its end: 分值(10分), 执行率(B/A), 年初预算数(A). */
    static String bare(String key) {
        int end = key.length() - 1;
        if (end < 0 || key.charAt(end) != ')') {
            return key;
        }
        int open = key.lastIndexOf('(', end);
        return open >= 0 && key.indexOf(')', open) == end ? key.substring(0, open) : key;
    }

    /**
     * The points a label key's bracketed note at its end gives: 60 of 产出指标(60分) or 产出指标(60), 20
     * of 预算执行情况(万元)(20分) ({@link Vocabulary#points}); null for none.
     */
    static BigDecimal points(String key, Vocabulary vocabulary) {
        String bare = bare(key);
        return bare.length() == key.length() ? null : vocabulary.points(key.substring(bare.length() + 1, key.length() - 1));
    }

    /**
     * The cell of each column in {@code row} from {@code from} on (-1 where none): first cells whose
     * label is exactly one of the column's labels (its bracketed note aside), then cells that only
     * start with one, so that 得分计算方法 does not take the place of 得分.
     */
    static <C extends Enum<C>> Map<C, Integer> columns(Row row, int from, C[] columns, Function<C, List<String>> labels) {
        Map<C, Integer> out = new EnumMap<>(columns[0].getDeclaringClass());
        for (C c : columns) {
            out.put(c, -1);
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (int i = Math.max(0, from); i < row.size(); i++) {
                if (row.blank(i) || out.containsValue(i)) {
                    continue;
                }
                String key = row.key(i);
                String bare = bare(key);
                for (C c : columns) {
                    if (out.get(c) < 0 && matches(key, bare, labels.apply(c), exact)) {
                        out.put(c, i);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether a label key is one of {@code labels} (its bracketed note aside) or, not {@code exact}, starts with one. */
    static boolean matches(String key, List<String> labels, boolean exact) {
        return matches(key, bare(key), labels, exact);
    }

    private static boolean matches(String key, String bare, List<String> labels, boolean exact) {
        for (String l : labels) {
            if (exact ? bare.equals(l) || key.equals(l) : key.startsWith(l)) {
                return true;
            }
        }
        return false;
    }
}
