package dev.selfeval.report;

import java.nio.charset.StandardCharsets;

/**
 * Every fixed field name the JSON reports write (names taken from the data, such as rule ids in
 * {@code byRule}, go through {@link JsonOut#writeFieldName(String)}), each kept encoded as written
 * ({@code "name":}): a form's line has some 200 of them, and copying bytes is cheaper than encoding
 * the name again. The constants are named exactly as the JSON fields.
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
    summary, files, unreadableFiles, byRule, grades, departments, name, errors, warnings, elapsedSeconds, formsPerSecond,
    trace, items, fired, notFired, order, facts, sheet, cell, page, table, column, place, missing, template;

    /** {@code "name":} in UTF-8 (the names are ASCII and need no escapes). */
    final byte[] quoted = ('"' + name() + "\":").getBytes(StandardCharsets.US_ASCII);
}
