package dev.selfeval.ingest;

import dev.selfeval.model.Numbers;
import dev.selfeval.model.ReadProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects what the reader could not take in while it reads one form. */
final class Problems {
    static final String UNREADABLE = "PARSE-UNREADABLE";
    static final String SKIPPED_ROW = "PARSE-SKIPPED-ROW";
    static final String BAD_NUMBER = "IND-BAD-NUMBER";

    private final List<ReadProblem> list = new ArrayList<>();

    void add(String code, int line, String field, String text, String message) {
        list.add(new ReadProblem(code, line, field, text, message));
    }

    void skipped(Row row, String why) {
        add(SKIPPED_ROW, row.line, "", row.text(), "第 " + row.line + " 行未能识别，已略过（" + why + "）：" + row.text());
    }

    /**
     * The number in a cell, or null when it is blank or unreadable; an unreadable cell is recorded
     * under {@code code} with the field named {@code before + subject + after} (joined only then:
     * this runs for every number cell).
     */
    BigDecimal number(Row row, int col, String code, String before, String subject, String after) {
        BigDecimal n = row.number(col);
        String text;
        if (n == null && !Numbers.isPlaceholder(text = row.cell(col))) {
            String name = before + subject + after;
            add(code, row.line, name, text, "第 " + row.line + " 行 " + name + "「" + text + "」不是数字，按空白处理");
        }
        return n;
    }

    List<ReadProblem> list() {
        return list;
    }
}
