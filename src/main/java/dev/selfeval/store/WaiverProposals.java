package dev.selfeval.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Waivers proposed in the workbench and the decisions on them (approved, rejected). */
public final class WaiverProposals {
    private final Database db;

    public WaiverProposals(Database db) {
        this.db = db;
    }

    /** A proposal; {@code scope} form, project or department, {@code target} the form id, the key or the 主管部门. */
    public record Proposal(long id, String proposedAt, String proposer, String rule, String scope, String target, String reason,
                           String expires, Long run, Integer formSeq, String status, String decidedBy, String decidedAt, String note) {
        public boolean open() {
            return status.equals("proposed");
        }
    }

    public long propose(String proposer, String rule, String scope, String target, String reason, String expires, long run, int formSeq) {
        return db.jdbi().withHandle(h -> h.createQuery("INSERT INTO waiver_proposals (proposed_at, proposer, rule_id, scope, target,"
                        + " reason, expires, run_id, form_seq, status) VALUES (:at, :who, :rule, :scope, :target, :reason, :expires, :run,"
                        + " :seq, 'proposed') RETURNING id")
                .bind("at", Instant.now().toString()).bind("who", proposer).bind("rule", rule).bind("scope", scope).bind("target", target)
                .bind("reason", reason).bind("expires", expires).bind("run", run).bind("seq", formSeq).mapTo(Long.class).one());
    }

    /** Decides an open proposal; false when it was no longer open (someone decided first). */
    public boolean decide(long id, String status, String by, String note) {
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE waiver_proposals SET status = :status, decided_by = :by, decided_at = :at,"
                        + " note = :note WHERE id = :id AND status = 'proposed'")
                .bind("status", status).bind("by", by).bind("at", Instant.now().toString()).bind("note", note).bind("id", id).execute()) == 1;
    }

    /** Opens again a proposal whose approval could not be written. */
    public void reopen(long id) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE waiver_proposals SET status = 'proposed', decided_by = NULL, decided_at = NULL"
                + " WHERE id = :id").bind("id", id).execute());
    }

    public Optional<Proposal> get(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM waiver_proposals WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> proposal(rs)).findOne());
    }

    /** The proposals, open ones first, then newest first. */
    public List<Proposal> list(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM waiver_proposals ORDER BY CASE WHEN status = 'proposed' THEN 0 ELSE 1 END,"
                + " id DESC LIMIT :n").bind("n", limit).map((rs, ctx) -> proposal(rs)).list());
    }

    private static Proposal proposal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Proposal(rs.getLong("id"), rs.getString("proposed_at"), rs.getString("proposer"), rs.getString("rule_id"),
                rs.getString("scope"), rs.getString("target"), rs.getString("reason"), rs.getString("expires"),
                RunQueries.longOrNull(rs, "run_id"), RunQueries.intOrNull(rs, "form_seq"),
                rs.getString("status"), rs.getString("decided_by"), rs.getString("decided_at"), rs.getString("note"));
    }
}
