package dev.selfeval.ingest.parse;

import dev.selfeval.model.Level1Weight;
import dev.selfeval.model.Vocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights a layout without a 分值 column writes in the level-1 names (产出指标（60 分）, template
 * {@code indicators.weightsIn: level1}): one per level-1 group in form order, read where the group's
 * name is first written; a name without points gives a weight of null.
 */
final class Level1Weights {
    private final boolean read;
    private final Vocabulary vocabulary;
    private final Map<String, Level1Weight> seen = new LinkedHashMap<>();

    /** {@code read}: the layout writes its weights so. */
    Level1Weights(boolean read, Vocabulary vocabulary) {
        this.read = read;
        this.vocabulary = vocabulary;
    }

    /** The level-1 name {@code level1}, written in cell {@code column} of the row. */
    void name(Row row, int column, String level1) {
        if (read && !seen.containsKey(level1)) {
            seen.put(level1, new Level1Weight(level1, Labels.points(row.key(column), vocabulary), row.line));
        }
    }

    List<Level1Weight> list() {
        return List.copyOf(seen.values());
    }
}
