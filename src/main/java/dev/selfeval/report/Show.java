package dev.selfeval.report;

import dev.selfeval.engine.Calc;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Form;
import dev.selfeval.model.Reading;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small formatting helpers the reporters share. */
final class Show {
    private Show() {
    }

    /** A score as computed or written, with at least 2 decimals, or — when there is none. */
    static String score(BigDecimal x) {
        return x == null ? "—" : Calc.shown(x);
    }

    /** A finding's standing against the baseline in Chinese: 新增 or 原有; null without a baseline. */
    static String baseline(String status) {
        return status == null ? null : status.equals("new") ? "新增" : status.equals("rules") ? "规则有变" : "原有";
    }

    /**
     * Why a form read has no recomputed total ({@code 不计分…}, {@code 无法重算…}), or null when nothing is
     * missing: a block not found, or a funds or indicator block read only in part.
     */
    static String unscored(Form f) {
        List<String> lost = f.missing().stream().filter(b -> !BlockMissing.byLayout(b)).toList();
        if (lost.isEmpty() && f.missing().contains(BlockMissing.SCORES)) {
            return "不计分（本表没有分值、得分栏）";
        }
        if (lost.isEmpty()) {
            List<String> partial = f.reading().partial().stream()
                    .filter(b -> b.equals(BlockMissing.FUNDS) || b.equals(BlockMissing.INDICATORS)).toList();
            return partial.isEmpty() ? null : "无法重算（" + String.join("、", partial) + "只读懂一部分）";
        }
        return "无法重算（未读到" + String.join("、", lost) + "）";
    }

    /**
     * A form's reading summary on one line: coverage with the cells behind it, then the blocks read
     * only in part and the labels not understood, or that every block found was read whole.
     */
    static String reading(Reading r) {
        String cover = "读懂率 " + Calc.pct(r.coverage()) + "（" + r.placed() + "/" + r.cells() + " 个单元格）";
        if (r.gaps().isEmpty()) {
            return cover + " · 读懂的块：" + (r.complete().isEmpty() ? "无" : String.join("、", r.complete()));
        }
        return cover + " · 只读懂一部分：" + String.join("、", r.partial()) + " · 没认出：「"
                + String.join("」「", r.unknownLabels()) + "」";
    }

    static String orDash(Object s) {
        return s == null ? "—" : safe(s.toString());
    }

    /**
     * A text from a form or a file name, safe to print on a line of a text report: control
     * characters (a newline that would forge a line, an escape that would recolour the terminal) and
     * the marks that reorder or break lines are written as {@code \\n}, {@code \\u001b} …
     */
    static String safe(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        if (s.codePoints().noneMatch(Show::unsafe)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (unsafe(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static boolean unsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT && Character.getDirectionality(c) >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING;
    }

    /** A print stream whose lines are each made {@link #safe}: for reports printed a line per call. */
    static PrintStream safeLines(OutputStream out) {
        return new PrintStream(out, false, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                super.println(safe(line));
            }
        };
    }
}
