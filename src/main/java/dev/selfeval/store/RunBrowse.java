package dev.selfeval.store;

import dev.selfeval.store.RunQueries.StoredFinding;
import dev.selfeval.store.RunQueries.StoredForm;
import org.jdbi.v3.core.statement.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the workbench reads of a saved run: its forms filtered and paged on the database (a 100,000-form
 * run's first page costs what a 10-form run's does), the findings each rule made, the values the filters
 * offer, and two runs compared finding by finding (by fingerprint: the same project, rule and place).
 */
public final class RunBrowse {
    private final Database db;

    public RunBrowse(Database db) {
        this.db = db;
    }

    /**
     * One page (from 1) of the forms that pass the filter, worst first: an error before a warning, then the
     * largest score gap, the most errors and warnings, the input order.
     */
    public List<StoredForm> forms(long runId, FormFilter filter, int page, int size) {
        String sql = "SELECT f.*, r.started_at FROM forms f JOIN runs r ON r.id = f.run_id WHERE " + where(filter)
                + " ORDER BY f.worst, f.gap DESC, f.errors DESC, f.warnings DESC, f.seq LIMIT :n OFFSET :skip";
        return db.jdbi().withHandle(h -> bind(h.createQuery(sql), runId, filter).bind("n", size)
                .bind("skip", (long) (Math.max(page, 1) - 1) * size).map((rs, ctx) -> RunQueries.form(rs)).list());
    }

    public long count(long runId, FormFilter filter) {
        return db.jdbi().withHandle(h -> bind(h.createQuery("SELECT COUNT(*) FROM forms f WHERE " + where(filter)), runId, filter)
                .mapTo(Long.class).one());
    }

    public Optional<StoredForm> form(long runId, int seq) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT f.*, r.started_at FROM forms f JOIN runs r ON r.id = f.run_id"
                + " WHERE f.run_id = :run AND f.seq = :seq").bind("run", runId).bind("seq", seq).map((rs, ctx) -> RunQueries.form(rs)).findOne());
    }

    /** Findings not waived, by rule id. */
    public Map<String, Long> findingsByRule(long runId) {
        Map<String, Long> out = new LinkedHashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT rule_id, COUNT(*) AS n FROM findings WHERE run_id = :run AND waived = 0"
                        + " GROUP BY rule_id ORDER BY rule_id").bind("run", runId)
                .map((rs, ctx) -> out.put(rs.getString("rule_id"), rs.getLong("n"))).list());
        return out;
    }

    /** The distinct values of a form column in a run (departments, templates), for the filters. */
    public List<String> values(long runId, String column) {
        if (!column.equals("department") && !column.equals("template")) {
            throw new IllegalArgumentException(column);
        }
        return db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT " + column + " FROM forms WHERE run_id = :run AND "
                + column + " IS NOT NULL ORDER BY " + column).bind("run", runId).mapTo(String.class).list());
    }

    /** A finding of one run beside the form it is on. */
    public record Compared(String key, String project, String form, StoredFinding finding) {
    }

    /** Two runs compared: findings only in the later run, in both, only in the earlier; each list up to {@code limit}. */
    public record Comparison(long earlier, long later, long added, long recurring, long resolved,
                             List<Compared> addedFirst, List<Compared> recurringFirst, List<Compared> resolvedFirst) {
    }

    public Comparison compare(long earlier, long later, int limit) {
        return db.jdbi().withHandle(h -> {
            String only = " FROM findings x LEFT JOIN forms f ON f.run_id = x.run_id AND f.seq = x.form_seq"
                    + " WHERE x.run_id = :a AND x.waived = 0 AND x.fingerprint IS NOT NULL AND %s EXISTS (SELECT 1 FROM findings y"
                    + " WHERE y.run_id = :b AND y.waived = 0 AND y.fingerprint = x.fingerprint)";
            long[] counts = new long[3];
            @SuppressWarnings("unchecked")
            List<Compared>[] lists = new List[3];
            long[][] pairs = {{later, earlier}, {later, earlier}, {earlier, later}};
            String[] not = {"NOT", "", "NOT"};
            for (int i = 0; i < 3; i++) {
                String body = String.format(only, not[i]);
                counts[i] = h.createQuery("SELECT COUNT(*)" + body).bind("a", pairs[i][0]).bind("b", pairs[i][1]).mapTo(Long.class).one();
                lists[i] = h.createQuery("SELECT x.*, f.form_key, f.project, f.form_id" + body + " ORDER BY x.severity, x.seq LIMIT :n")
                        .bind("a", pairs[i][0]).bind("b", pairs[i][1]).bind("n", limit)
                        .map((rs, ctx) -> new Compared(rs.getString("form_key"), rs.getString("project"), rs.getString("form_id"),
                                RunQueries.finding(rs))).list();
            }
            return new Comparison(earlier, later, counts[0], counts[1], counts[2], lists[0], lists[1], lists[2]);
        });
    }

    private static String where(FormFilter f) {
        StringBuilder w = new StringBuilder("f.run_id = :run AND f.worst <= :worst");
        if (f.rule() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM findings x WHERE x.run_id = f.run_id AND x.rule_id = :rule AND x.form_seq = f.seq"
                    + " AND x.waived = 0)");
        }
        if (f.department() != null) {
            w.append(" AND f.department = :dept");
        }
        if (f.template() != null) {
            w.append(" AND f.template = :template");
        }
        if (f.search() != null) {
            w.append(" AND (f.project LIKE :search ESCAPE '\\' OR f.form_key LIKE :search ESCAPE '\\')");
        }
        return w.toString();
    }

    private static Query bind(Query q, long runId, FormFilter f) {
        q.bind("run", runId).bind("worst", f.worstAtMost());
        if (f.rule() != null) {
            q.bind("rule", f.rule());
        }
        if (f.department() != null) {
            q.bind("dept", f.department());
        }
        if (f.template() != null) {
            q.bind("template", f.template());
        }
        if (f.search() != null) {
            q.bind("search", "%" + f.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return q;
    }
}
