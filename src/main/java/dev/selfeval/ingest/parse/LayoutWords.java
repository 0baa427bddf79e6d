package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.IndicatorColumn;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.Texts;
import dev.selfeval.model.Vocabulary;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The labels of every template, for telling what a word of text run together with spaces is: a
 * word is a label when it is one exactly (its bracketed note aside), so that a sentence that only
 * begins like a label stays text.
 */
final class LayoutWords {
    /** What a word is. */
    enum Kind { TITLE, HEADER, FUNDS, FUND_COLUMN, FUND_ROW, GOALS, GOAL_COLUMN, INDICATORS, INDICATOR_COLUMN, TOTAL, IGNORE, TEXT }

    private final Set<String> titles = new HashSet<>();
    private final Set<String> header = new HashSet<>();
    private final Set<String> funds = new HashSet<>();
    private final Set<String> fundColumns = new HashSet<>();
    private final Set<String> fundRows = new HashSet<>();
    private final Set<String> goals = new HashSet<>();
    private final Set<String> goalColumns = new HashSet<>();
    private final Set<String> indicators = new HashSet<>();
    private final Map<String, IndicatorColumn> indicatorColumns = new HashMap<>();
    private final Set<String> level1 = new HashSet<>();
    private final Set<String> total = new HashSet<>();
    private final Set<String> ignore = new HashSet<>();
    private final Vocabulary vocabulary;

    private LayoutWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The words of the templates read lately, by their {@link Templates} (compared as the same object). */
    private static final Map<Templates, LayoutWords> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    /** The words of a rules folder's templates, made once for them. */
    static LayoutWords of(Templates templates) {
        return MADE.computeIfAbsent(templates, LayoutWords::make);
    }

    private static LayoutWords make(Templates templates) {
        LayoutWords w = new LayoutWords(templates.vocabulary());
        for (Template t : templates.list()) {
            w.titles.addAll(t.titles());
            for (Template.HeaderField f : Template.HeaderField.values()) {
                w.header.addAll(t.header(f));
            }
            w.funds.addAll(t.fundLabels());
            for (Template.FundColumn c : Template.FundColumn.values()) {
                w.fundColumns.addAll(t.fundColumn(c));
            }
            for (FundKind k : FundKind.values()) {
                w.fundRows.addAll(t.fundRow(k));
            }
            w.goals.addAll(t.goalLabels());
            w.goalColumns.addAll(t.goalExpected());
            w.goalColumns.addAll(t.goalActual());
            w.indicators.addAll(t.indicatorLabels());
            for (IndicatorColumn c : IndicatorColumn.values()) {
                t.indicatorColumn(c).forEach(l -> w.indicatorColumns.putIfAbsent(l, c));
            }
            w.level1.addAll(t.level1Names());
            w.total.addAll(t.total());
            w.ignore.addAll(t.ignore());
        }
        return w;
    }

    /**
     * What a word is; {@code inFunds}: inside the funds block, where a fund row's label starts a row
     * (elsewhere 合计 may be the total).
     */
    Kind kind(String word, boolean inFunds) {
        String key = Texts.key(word);
        String bare = Labels.bare(key);
        if (header.contains(bare) || startsWithLabelAndColon(key)) {
            return Kind.HEADER;
        }
        for (String t : titles) {
            if (key.contains(t)) {
                return Kind.TITLE;
            }
        }
        if (inFunds && fundRows.contains(fundRow(bare))) {
            return Kind.FUND_ROW;
        }
        if (funds.contains(bare)) {
            return Kind.FUNDS;
        }
        if (fundColumns.contains(bare)) {
            return Kind.FUND_COLUMN;
        }
        if (goals.contains(bare)) {
            return Kind.GOALS;
        }
        if (goalColumns.contains(bare)) {
            return Kind.GOAL_COLUMN;
        }
        if (indicators.contains(bare)) {
            return Kind.INDICATORS;
        }
        if (indicatorColumns.containsKey(bare)) {
            return Kind.INDICATOR_COLUMN;
        }
        if (total.contains(bare)) {
            return Kind.TOTAL;
        }
        for (String i : ignore) {
            if (key.startsWith(i)) {
                return Kind.IGNORE;
            }
        }
        return Kind.TEXT;
    }

    /** Whether a word begins a row of its own: a block's label, a header field, the total, a note. */
    boolean startsRow(String word, boolean inFunds) {
        return switch (kind(word, inFunds)) {
            case TITLE, HEADER, FUNDS, FUND_ROW, GOALS, INDICATORS, TOTAL, IGNORE -> true;
            default -> false;
        };
    }

    /** How many of these words are labels: a line with two or more is a form's row run together. */
    int labelCount(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (kind(w, true) != Kind.TEXT) {
                n++;
            }
        }
        return n;
    }

    /** Whether a word is a column label of the given block (a header row's words after its label). */
    boolean column(Kind block, String word) {
        String bare = Labels.bare(Texts.key(word));
        return switch (block) {
            case FUNDS -> fundColumns.contains(bare);
            case GOALS -> goalColumns.contains(bare);
            case INDICATORS -> indicatorColumns.containsKey(bare);
            default -> false;
        };
    }

    IndicatorColumn indicatorColumn(String word) {
        return indicatorColumns.get(Labels.bare(Texts.key(word)));
    }

    /** A level-1 name of some template, its weight aside: 产出指标(50分). */
    boolean level1Name(String word) {
        return level1.contains(Labels.bare(Texts.key(word)));
    }

    /**
     * A level name: a level-1 name, or one written as the vocabulary's levelNames say (数量指标, and a
     * level-2 name written without its ending: 社会效益).
     */
    boolean levelName(String word) {
        String bare = Labels.bare(Texts.key(word));
        return level1.contains(bare) || vocabulary.levelCell(bare);
    }

    boolean blank(String word) {
        return vocabulary.isBlank(word);
    }

    /** 年度资金总额: and 其中:本年财政拨款 as the row labels they are. */
    private String fundRow(String bare) {
        String k = vocabulary.breakdown().strip(bare);
        return k.endsWith(":") ? k.substring(0, k.length() - 1) : k;
    }

    /** 项目名称:某某 — a header label with its value in the same word. */
    private boolean startsWithLabelAndColon(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && header.contains(Labels.bare(key.substring(0, colon)));
    }
}
