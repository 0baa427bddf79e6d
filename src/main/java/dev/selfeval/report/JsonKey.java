package dev.selfeval.report;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Every fixed field name the JSON reports write (names taken from the data, such as rule ids in
 * {@code byRule}, are written as strings), each as Jackson's SerializedString, encoded once. The
 * constants are named exactly as the JSON fields.
 */
enum JsonKey {
    id, source, file, line, unreadable, projectName, department, implementingUnit, year,
    score, stated, recomputed, grade, statedGrade,
    budget, statedRate, recomputedRate, statedScore, recomputedScore,
    findings, ruleId, severity, location, section, level1, level2, indicator, field, message, expected, actual,
    rule, basis, fingerprint, waived, reason, approver, expires, waiver, baseline,
    ledger, index, item, weight, band, deducted, difference, formula, attributedTo,
    reconciliation, statedTotal, statedSum, recomputedSum, recomputedTotal, reconciles,
    schemaVersion, rules, dir, count, forms, crossForm, waivers, resolved, formId,
    summary, files, unreadableFiles, skippedFiles, byRule, grades, departments, name, errors, warnings, elapsedSeconds, formsPerSecond,
    trace, items, fired, notFired, order, facts, sheet, cell, page, table, column, place, missing, template,
    reading, complete, partial, coverage, cells, placed, unknownLabels, gaps, block, label, why;

    final SerializedString serialized = new SerializedString(name());
}
