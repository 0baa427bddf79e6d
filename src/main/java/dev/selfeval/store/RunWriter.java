package dev.selfeval.store;

import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Severity;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

/**
 * Writes one run in one transaction: the run's row first (which, on SQLite, waits for any other run
 * saving to the same file), its forms and findings in batches, the summary at the end, then commits.
 * Until then no other connection sees any of it; without the commit — an error, Ctrl-C, a kill —
 * the database stays as it was. Used from one thread.
 */
final class RunWriter implements AutoCloseable {
    static final int BATCH = 500;

    private final Connection c;
    private final long runId;
    private final PreparedStatement forms;
    private final PreparedStatement findings;
    private int formSeq;
    private int findingSeq;
    private int pending;
    private boolean committed;

    RunWriter(Database db, RunStart start) throws IOException {
        try {
            c = db.connect();
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (started_at, inputs, rules_dir, rules_fingerprint,"
                    + " rule_count, tool_version, finished, rule_hashes) VALUES (?, ?, ?, ?, ?, ?, 0, ?) RETURNING id")) {
                ps.setString(1, start.started().toString());
                ps.setString(2, String.join("\n", start.inputs()));
                ps.setString(3, start.rulesDir());
                ps.setString(4, start.rulesFingerprint());
                ps.setInt(5, start.ruleCount());
                ps.setString(6, start.toolVersion());
                ps.setString(7, RuleHashesJson.write(start.ruleHashes()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    runId = rs.getLong(1);
                }
            }
            forms = c.prepareStatement("INSERT INTO forms (run_id, seq, form_id, form_key, year, file, place, project, department,"
                    + " unit, template, stated_total, recomputed_total, gap, grade, stated_grade, worst, errors, warnings, infos, waived)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            findings = c.prepareStatement("INSERT INTO findings (run_id, seq, form_seq, forms, rule_id, severity, section, level1,"
                    + " level2, indicator, field, line, place, message, expected, actual, fingerprint, waived, baseline)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            try {
                c.close(); // nothing was committed: the transaction goes with the connection
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw failure(e);
        }
    }

    long runId() {
        return runId;
    }

    void add(RunRows rows) throws IOException {
        try {
            RunRows.FormRow f = rows.form();
            int seq = ++formSeq;
            forms.setLong(1, runId);
            forms.setInt(2, seq);
            forms.setString(3, f.id());
            forms.setString(4, f.key());
            setInt(forms, 5, f.year());
            forms.setString(6, f.file());
            forms.setString(7, f.place());
            forms.setString(8, f.project());
            forms.setString(9, f.department());
            forms.setString(10, f.unit());
            forms.setString(11, f.template());
            setDecimal(forms, 12, f.stated());
            setDecimal(forms, 13, f.recomputed());
            setDecimal(forms, 14, f.gap());
            forms.setString(15, f.grade());
            forms.setString(16, f.statedGrade());
            forms.setInt(17, f.worst());
            forms.setInt(18, f.errors());
            forms.setInt(19, f.warnings());
            forms.setInt(20, f.infos());
            forms.setInt(21, f.waived());
            forms.addBatch();
            for (RunRows.FindingRow x : rows.findings()) {
                addFinding(seq, x);
            }
            if (++pending >= BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A finding on no one form: on a group of forms, or on the waivers. */
    void addLoose(RunRows.FindingRow x) throws IOException {
        try {
            addFinding(null, x);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void addFinding(Integer formSeq, RunRows.FindingRow x) throws SQLException {
        findings.setLong(1, runId);
        findings.setInt(2, ++findingSeq);
        setInt(findings, 3, formSeq);
        findings.setString(4, x.forms());
        findings.setString(5, x.ruleId());
        findings.setString(6, x.severity());
        findings.setString(7, x.section());
        findings.setString(8, x.level1());
        findings.setString(9, x.level2());
        findings.setString(10, x.indicator());
        findings.setString(11, x.field());
        findings.setInt(12, x.line());
        findings.setString(13, x.place());
        findings.setString(14, x.message());
        findings.setString(15, x.expected());
        findings.setString(16, x.actual());
        findings.setString(17, x.fingerprint());
        findings.setInt(18, x.waived() ? 1 : 0);
        findings.setString(19, x.baseline());
        findings.addBatch();
    }

    private void flush() throws SQLException {
        forms.executeBatch();
        findings.executeBatch();
        pending = 0;
    }

    /** The run's totals, marked finished; nothing is visible to others until {@link #commit}. */
    void finish(Summary s, String baseline) throws IOException {
        try {
            flush();
            Map<String, Integer> b = s.baseline();
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET elapsed_ms = ?, files = ?, forms = ?, unreadable = ?,"
                    + " errors = ?, warnings = ?, infos = ?, waived = ?, baseline = ?, new_findings = ?, unchanged_findings = ?,"
                    + " resolved_findings = ?, finished = 1 WHERE id = ?")) {
                ps.setLong(1, s.elapsedMillis());
                ps.setInt(2, s.files());
                ps.setInt(3, s.forms());
                ps.setInt(4, s.unreadable().size());
                ps.setInt(5, s.count(Severity.ERROR));
                ps.setInt(6, s.count(Severity.WARNING));
                ps.setInt(7, s.count(Severity.INFO));
                ps.setInt(8, s.waived(Severity.ERROR) + s.waived(Severity.WARNING) + s.waived(Severity.INFO));
                ps.setString(9, baseline);
                setInt(ps, 10, baseline == null ? null : b.getOrDefault("new", 0));
                setInt(ps, 11, baseline == null ? null : b.getOrDefault("unchanged", 0));
                setInt(ps, 12, baseline == null ? null : b.getOrDefault("resolved", 0));
                ps.setLong(13, runId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    void commit() throws IOException {
        try {
            c.commit();
            committed = true;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Without a commit, rolls the run back. */
    @Override
    public void close() {
        try {
            if (!committed) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the connection goes below; the database drops a transaction its connection left
        }
        try {
            c.close();
        } catch (SQLException e) {
            // nothing was pending
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setDecimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NUMERIC);
        } else {
            ps.setBigDecimal(i, v);
        }
    }

    static DatabaseException failure(SQLException e) {
        return new DatabaseException("写入失败：" + e.getMessage(), e);
    }
}
