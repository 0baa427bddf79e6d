package dev.selfeval.store;

import dev.selfeval.engine.run.Baseline;
import dev.selfeval.model.FormKey;
import dev.selfeval.model.ProjectNames;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the runs commands ask of the database: runs, a run's forms worst first, a project's history, a run as a baseline. */
public final class RunQueries {
    /** Forms in one page of {@code runs show}. */
    public static final int PAGE = 100;

    private final Database db;

    public RunQueries(Database db) {
        this.db = db;
    }

    /** A saved run; the counts are null for a run not finished. */
    public record Run(long id, String startedAt, Long elapsedMs, List<String> inputs, String rulesDir, String rulesFingerprint,
                      Integer ruleCount, String toolVersion, Integer files, Integer forms, Integer unreadable, Integer errors,
                      Integer warnings, Integer infos, Integer waived, String baseline, Integer newFindings,
                      Integer unchangedFindings, Integer resolvedFindings, boolean finished) {
    }

    /** A saved form, with the run it is of and when that run started. */
    public record StoredForm(long runId, String runStarted, int seq, String id, String key, Integer year, String file,
                             String place, String project, String department, String unit, String template,
                             BigDecimal stated, BigDecimal recomputed, String grade, int worst, int errors, int warnings,
                             int infos, int waived) {
    }

    /** A saved finding; {@code formSeq} null for one on a group of forms or on the waivers. */
    public record StoredFinding(Integer formSeq, String forms, String ruleId, String severity, String section, String level1,
                                String level2, String indicator, String field, int line, String place, String message,
                                String expected, String actual, String fingerprint, boolean waived, String baseline) {
    }

    /** The runs, newest first. */
    public List<Run> runs(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM runs ORDER BY id DESC LIMIT :n")
                .bind("n", limit).map((rs, ctx) -> run(rs)).list());
    }

    public Optional<Run> run(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM runs WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> run(rs)).findOne());
    }

    /**
     * One page (from 1) of a run's forms, worst first (an error before a warning, then the largest
     * score gap, the most errors and warnings, the input order).
     *
     * @param worstAtMost 0 forms with an error, 1 with a warning or worse, 2 with any finding; 3 all
     * @param department  only this 主管部门, or null for all
     */
    public List<StoredForm> forms(long runId, int worstAtMost, String department, int page) {
        return new RunBrowse(db).forms(runId, new FormFilter(worstAtMost, null, department, null, null), page, PAGE);
    }

    /** How many forms of the run pass the same filters as {@link #forms}. */
    public long count(long runId, int worstAtMost, String department) {
        return new RunBrowse(db).count(runId, new FormFilter(worstAtMost, null, department, null, null));
    }

    /** The department with the most forms in the run (null when none has one). */
    public String largestDepartment(long runId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT department FROM forms WHERE run_id = :run AND department IS NOT NULL"
                + " GROUP BY department ORDER BY COUNT(*) DESC, department LIMIT 1").bind("run", runId).mapTo(String.class).findOne().orElse(null));
    }

    /** The findings of one form of a run, or with {@code formSeq} null those on no one form. */
    public List<StoredFinding> findings(long runId, Integer formSeq) {
        String sql = "SELECT * FROM findings WHERE run_id = :run AND form_seq " + (formSeq == null ? "IS NULL" : "= :form") + " ORDER BY seq";
        return db.jdbi().withHandle(h -> {
            Query q = h.createQuery(sql).bind("run", runId);
            if (formSeq != null) {
                q.bind("form", formSeq);
            }
            return q.map((rs, ctx) -> finding(rs)).list();
        });
    }

    /**
     * A project's forms over the finished runs, oldest first: {@code project} is a form key
     * ({@link FormKey}) or a project name (folded as keys fold it).
     */
    public List<StoredForm> history(String project) {
        return db.jdbi().withHandle(h -> {
            List<StoredForm> out = new ArrayList<>(byKey(h, project.strip()));
            if (out.isEmpty()) {
                String folded = ProjectNames.key(project);
                // a key without a code ends "/" + the folded project name
                out.addAll(h.createQuery("SELECT f.*, r.started_at FROM forms f JOIN runs r ON r.id = f.run_id WHERE r.finished = 1"
                                + " AND f.form_key LIKE :tail ORDER BY f.year, f.run_id, f.seq")
                        .bind("tail", "%/" + folded.replace("%", "").replace("_", "")).map((rs, ctx) -> form(rs)).list()
                        .stream().filter(f -> f.key().endsWith("/" + folded)).toList());
            }
            return out;
        });
    }

    private static List<StoredForm> byKey(Handle h, String key) {
        return h.createQuery("SELECT f.*, r.started_at FROM forms f JOIN runs r ON r.id = f.run_id WHERE r.finished = 1"
                        + " AND f.form_key IN (:key, :code) ORDER BY f.year, f.run_id, f.seq")
                .bind("key", key).bind("code", FormKey.CODE + key).map((rs, ctx) -> form(rs)).list();
    }

    /** A finished run's findings as a baseline; empty when there is no such finished run. */
    public Optional<Baseline> baseline(long runId) {
        Optional<Run> run = run(runId).filter(Run::finished);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        List<Baseline.Entry> entries = db.jdbi().withHandle(h -> h.createQuery("SELECT x.fingerprint, x.rule_id, x.severity,"
                        + " COALESCE(f.form_id, x.forms) AS form_id, x.message FROM findings x LEFT JOIN forms f"
                        + " ON f.run_id = x.run_id AND f.seq = x.form_seq WHERE x.run_id = :run AND x.fingerprint IS NOT NULL ORDER BY x.seq")
                .bind("run", runId)
                .map((rs, ctx) -> new Baseline.Entry(rs.getString("fingerprint"), rs.getString("rule_id"),
                        rs.getString("severity"), rs.getString("form_id"), rs.getString("message"))).list());
        Map<String, String> hashes = new java.util.TreeMap<>(RuleHashesJson.read(db.jdbi().withHandle(h -> h.createQuery(
                "SELECT rule_hashes FROM runs WHERE id = :run").bind("run", runId).mapTo(String.class).findOne().orElse(null))));
        if (!hashes.isEmpty()) {
            hashes.put(Baseline.WHOLE, run.get().rulesFingerprint());
        }
        return Optional.of(new Baseline("run:" + runId, entries, hashes));
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("started_at"), longOrNull(rs, "elapsed_ms"),
                List.of(rs.getString("inputs").split("\n")), rs.getString("rules_dir"), rs.getString("rules_fingerprint"),
                intOrNull(rs, "rule_count"), rs.getString("tool_version"), intOrNull(rs, "files"), intOrNull(rs, "forms"),
                intOrNull(rs, "unreadable"), intOrNull(rs, "errors"), intOrNull(rs, "warnings"), intOrNull(rs, "infos"),
                intOrNull(rs, "waived"), rs.getString("baseline"), intOrNull(rs, "new_findings"),
                intOrNull(rs, "unchanged_findings"), intOrNull(rs, "resolved_findings"), rs.getInt("finished") == 1);
    }

    static StoredForm form(ResultSet rs) throws SQLException {
        return new StoredForm(rs.getLong("run_id"), rs.getString("started_at"), rs.getInt("seq"), rs.getString("form_id"),
                rs.getString("form_key"), intOrNull(rs, "year"), rs.getString("file"), rs.getString("place"),
                rs.getString("project"), rs.getString("department"), rs.getString("unit"), rs.getString("template"),
                decimal(rs, "stated_total"), decimal(rs, "recomputed_total"), rs.getString("grade"), rs.getInt("worst"),
                rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("infos"), rs.getInt("waived"));
    }

    static StoredFinding finding(ResultSet rs) throws SQLException {
        return new StoredFinding(intOrNull(rs, "form_seq"), rs.getString("forms"), rs.getString("rule_id"), rs.getString("severity"),
                rs.getString("section"), rs.getString("level1"), rs.getString("level2"), rs.getString("indicator"),
                rs.getString("field"), rs.getInt("line"), rs.getString("place"), rs.getString("message"),
                rs.getString("expected"), rs.getString("actual"), rs.getString("fingerprint"), rs.getInt("waived") == 1,
                rs.getString("baseline"));
    }

    static Integer intOrNull(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    private static BigDecimal decimal(ResultSet rs, String col) throws SQLException {
        String v = rs.getString(col);
        if (v == null) {
            return null;
        }
        BigDecimal d = new BigDecimal(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d; // 100, not 1E+2
    }
}
