package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words in cells mean (rules/vocabulary.yaml): the comparators a target or actual begins
 * with (≥, 不低于, 达到 …) or ends with (以上, 以内), the spellings of one unit (百分比 is %), and the
 * money units amounts are written in (万元 …), the dashes that mean "nothing here" (—, /), and how
 * level names are written (…指标), how a title gives the year and how page numbers are written.
 * Spellings are compared NFKC-folded (＞ is >, ﹦ is =).
 */
public record Vocabulary(List<Spelling> comparators, List<Spelling> suffixes, List<String> blanks,
                         LevelNames levelNames, Map<String, String> units, Map<String, BigDecimal> money,
                         Breakdown breakdown, Layout layout, List<String> points, List<String> reached, Pattern timePoints) {

    /**
     * How a form's title line gives its year (four digits, then one of {@code yearWords}: 2023年度) and
     * how the page-number lines a PDF leaves between rows are written ({@code pageNumbers}, regular
     * expressions a whole line matches: - 3 -, 第 2 页 共 5 页), how a project code is written before
     * a project's name ({@code projectCodes}), the labels of a note that names the amounts' unit
     * above the table ({@code unitNotes}: 单位 in 单位：万元), and how a row under a table's header marks
     * its columns ({@code columnMarks}, regular expressions a whole cell matches: （A） （B） （B/A））.
     */
    public record Layout(List<String> yearWords, List<String> pageNumbers, List<String> projectCodes, List<String> unitNotes,
                         List<String> columnMarks, Pattern year, Pattern page, List<Pattern> codes, Pattern marks) {
        public static final Layout NONE = of(List.of(), List.of(), List.of(), List.of(), List.of());

        /** @param projectCodes regular expressions whose first group is a project code written before the name */
        public static Layout of(List<String> yearWords, List<String> pageNumbers, List<String> projectCodes, List<String> unitNotes,
                                List<String> columnMarks) {
            String words = yearWords.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
            return new Layout(List.copyOf(yearWords), List.copyOf(pageNumbers), List.copyOf(projectCodes),
                    unitNotes.stream().map(Texts::squeeze).toList(), List.copyOf(columnMarks),
                    Pattern.compile("(\\d{4})\\s*(?:" + words + ")"), anyOf(pageNumbers),
                    projectCodes.stream().map(Pattern::compile).toList(), anyOf(columnMarks));
        }

        /** Whether a cell (its label key) only marks its column: （A）, （B/A）. */
        public boolean columnMark(String key) {
            return marks.matcher(key).matches();
        }

        /** The project code a project name starts with (51000021R000000019951-工资性支出), folded; null when none. */
        public String projectCode(String projectName) {
            if (projectName == null) {
                return null;
            }
            String name = Texts.nfkc(projectName).strip();
            for (Pattern p : codes) {
                Matcher m = p.matcher(name);
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        }

        /** The year a text names, folded (２０２３年度), the first one; null when none. */
        public Integer year(String text) {
            Matcher m = year.matcher(Texts.nfkc(text));
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        /** Whether a line's first cell is a page number. */
        public boolean pageNumber(String key) {
            return page.matcher(key).matches();
        }
    }

    /**
     * How an indicator's breakdown rows are written: a name that starts with one of {@code prefixes}
     * (其中：…), or a row without 分值 and 得分 under an indicator whose name starts with one of
     * {@code marks} (★ 核心指标). Such rows detail the indicator above and are not scored apart.
     */
    public record Breakdown(List<String> prefixes, List<String> marks) {
        public Breakdown {
            prefixes = prefixes == null ? List.of() : prefixes.stream().map(p -> Texts.key(p)).toList();
            marks = marks == null ? List.of() : marks.stream().map(m -> Texts.key(m)).toList();
        }

        public static final Breakdown NONE = new Breakdown(List.of(), List.of());

        /** Whether a name (a label key) begins as a breakdown row's does. */
        public boolean prefixed(String key) {
            return prefixes.stream().anyMatch(key::startsWith);
        }

        /** A row label without the prefix that makes it a part of the row above (其中:当年财政拨款 → 当年财政拨款). */
        public String strip(String key) {
            for (String p : prefixes) {
                if (key.startsWith(p)) {
                    String k = key.substring(p.length());
                    return k.startsWith(":") ? k.substring(1) : k;
                }
            }
            return key;
        }

        /** Whether a name (a label key) carries a mark whose unscored rows below are its breakdown. */
        public boolean marked(String key) {
            return marks.stream().anyMatch(key::startsWith);
        }
    }

    /**
     * How level-1 and level-2 names are written: ending in one of {@code endsWith}, no digits, short;
     * or one of {@code names}, written without the ending (可持续影响).
     */
    public record LevelNames(List<String> endsWith, int maxLength, List<String> names) {
        public LevelNames {
            names = names == null ? List.of() : names.stream().map(Texts::key).toList();
        }
    }

    /** A spelling of a comparison. */
    public record Spelling(String text, Comparison comparison) {
    }

    /** Spellings longest first, so that {@code >=} wins over {@code >}; folded as cells are. */
    public Vocabulary {
        comparators = longestFirst(comparators);
        suffixes = longestFirst(suffixes);
        blanks = folded(blanks);
        units = Map.copyOf(units);
        money = Map.copyOf(money);
        breakdown = breakdown == null ? Breakdown.NONE : breakdown;
        layout = layout == null ? Layout.NONE : layout;
        points = folded(points);
        reached = folded(reached);
        timePoints = timePoints == null ? anyOf(List.of()) : timePoints;
    }

    /** One pattern that matches where any of the regular expressions does; one that matches nothing for none. */
    public static Pattern anyOf(List<String> patterns) {
        return Pattern.compile(patterns.stream().map(p -> "(?:" + p + ")").reduce((a, b) -> a + "|" + b).orElse("(?!)"));
    }

    /**
     * Whether a value, from its number (at {@code from}) on, is a point in time (2019年): a deadline or a
     * date, no quantity that a score could be a ratio of.
     */
    public boolean timePoint(String value, int from) {
        return timePoints.matcher(value).region(from, value.length()).matches();
    }

    /** Words as cells are compared: NFKC, stripped; none for a list not written. */
    private static List<String> folded(List<String> words) {
        return words == null ? List.of() : words.stream().map(w -> Texts.nfkc(w).strip()).toList();
    }

    /** An actual value after the word it starts with that says it was reached (达到98% → 98%); null when it starts with none. */
    public String afterReached(String actual) {
        String t = actual == null ? "" : Texts.nfkc(actual).strip();
        return reached.stream().filter(t::startsWith).findFirst().map(r -> t.substring(r.length())).orElse(null);
    }

    /** The points a 分值 or 得分 text writes: a number, or one before a unit of points (20分); null for none. */
    public BigDecimal points(String cell) {
        String t = Texts.nfkc(cell).strip();
        BigDecimal n = Numbers.tryParse(t);
        if (n != null) {
            return n;
        }
        for (String p : points) {
            if (t.length() > p.length() && t.endsWith(p)) {
                return Numbers.tryParse(t.substring(0, t.length() - p.length()));
            }
        }
        return null;
    }

    /**
     * The money unit a note names (单位：万元, （金额单位:万元）): a layout.unitNotes label, a colon, and one
     * of the money units and nothing else; null for any other text (单位：某某局).
     */
    public String unitNote(String text) {
        if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
            return null;
        }
        String t = unbracketed(Texts.key(text));
        int colon = t.indexOf(':');
        return colon >= 0 && layout.unitNotes().contains(t.substring(0, colon)) && money.containsKey(t.substring(colon + 1))
                ? t.substring(colon + 1) : null;
    }

    /**
     * The money unit a cell of its own names: a note (单位：万元, see {@link #unitNote}) or the unit in
     * brackets alone, (万元), the second line of a 项目资金（万元） label cell; null for any other text.
     */
    public String unitCell(String text) {
        String key = Texts.key(text);
        String t = unbracketed(key);
        return !t.equals(key) && money.containsKey(t) ? t : unitNote(text);
    }

    /** A label key without the brackets around it, (万元) → 万元; the key itself when it is not in brackets. */
    private static String unbracketed(String key) {
        return key.length() > 2 && key.startsWith("(") && key.endsWith(")") ? key.substring(1, key.length() - 1) : key;
    }

    /** The money unit amounts are in when a form names none: the one worth 1 (元), the shortest on a tie. */
    public String baseMoneyUnit() {
        return money.entrySet().stream().filter(e -> e.getValue().compareTo(BigDecimal.ONE) == 0).map(Map.Entry::getKey)
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
    }

    private static List<Spelling> longestFirst(List<Spelling> in) {
        List<Spelling> out = new ArrayList<>();
        for (Spelling s : in) {
            out.add(new Spelling(Texts.nfkc(s.text()), s.comparison()));
        }
        out.sort(Comparator.comparingInt((Spelling s) -> -s.text().length()));
        return List.copyOf(out);
    }

    /** A cell that stands for "nothing here": blank, or one of the dashes and slashes of {@code blanks}. */
    public boolean isBlank(String cell) {
        if (cell == null) {
            return true;
        }
        String t = Texts.nfkc(cell).strip();
        return t.isEmpty() || blanks.contains(t);
    }

    /** Whether a label key (no whitespace) is written as a level name is: 数量指标, 服务对象满意度指标. */
    public boolean levelName(String key) {
        if (key.isEmpty() || key.length() > levelNames.maxLength()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        for (String e : levelNames.endsWith()) {
            if (key.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the key of a cell under 一级指标 or 二级指标 is a level name: written as one is
     * ({@link #levelName}), or one of the names written without the ending (可持续影响). Only there: a
     * 三级指标 may be called 可持续影响 too.
     */
    public boolean levelCell(String key) {
        return levelName(key) || levelNames.names().contains(key);
    }

    /** A level name as the rules know it: one written without the ending gets it back (可持续影响 is 可持续影响指标). */
    public String fullLevelName(String key) {
        return levelNames.names().contains(key) && !levelNames.endsWith().isEmpty() ? key + levelNames.endsWith().get(0) : key;
    }

    /** The unit a spelling stands for (百分比 → %); the spelling itself when it is the only one. */
    public String unit(String spelling) {
        return spelling == null ? null : units.getOrDefault(spelling, spelling);
    }

    /** The money unit a text ends with, longest first (万元 before 元), or null. */
    public String moneyUnitAtEnd(String text) {
        String best = null;
        for (String u : money.keySet()) {
            if (text.endsWith(u) && (best == null || u.length() > best.length())) {
                best = u;
            }
        }
        return best;
    }

    /** The money unit a label names (项目资金（万元）), longest first, or null. */
    public String moneyUnitIn(String text) {
        String best = null;
        for (String u : money.keySet()) {
            if (text.contains(u) && (best == null || u.length() > best.length())) {
                best = u;
            }
        }
        return best;
    }
}
