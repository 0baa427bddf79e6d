package dev.selfeval.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The change log of the rules folder (workbench edits): each save with its author, time, reason, the
 * file before and after, the fingerprints, the rule-test results and the preview's figures.
 */
public final class RuleChanges {
    private final Database db;

    public RuleChanges(Database db) {
        this.db = db;
    }

    /** A change as saved; {@code before} null for a file the change created. */
    public record Change(long id, String at, String author, String reason, String file, String before, String after,
                         String fingerprintBefore, String fingerprintAfter, Integer casesPassed, Integer casesFailed,
                         String preview, Long reverts, String committed) {
    }

    /** A change to record (its id and time are given on saving). */
    public record New(String author, String reason, String file, String before, String after, String fingerprintBefore,
                      String fingerprintAfter, Integer casesPassed, Integer casesFailed, String preview, Long reverts) {
    }

    public long add(New c) {
        return db.jdbi().withHandle(h -> h.createQuery("INSERT INTO rule_changes (changed_at, author, reason, file, content_before,"
                        + " content_after, fingerprint_before, fingerprint_after, cases_passed, cases_failed, preview, reverts)"
                        + " VALUES (:at, :author, :reason, :file, :before, :after, :fpBefore, :fpAfter, :passed, :failed, :preview, :reverts)"
                        + " RETURNING id")
                .bind("at", Instant.now().toString()).bind("author", c.author()).bind("reason", c.reason()).bind("file", c.file())
                .bind("before", c.before()).bind("after", c.after()).bind("fpBefore", c.fingerprintBefore())
                .bind("fpAfter", c.fingerprintAfter()).bind("passed", c.casesPassed()).bind("failed", c.casesFailed())
                .bind("preview", c.preview()).bind("reverts", c.reverts()).mapTo(Long.class).one());
    }

    /** Notes where the change was also committed (a git commit id), or why not. */
    public void committed(long id, String note) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE rule_changes SET committed = :note WHERE id = :id")
                .bind("note", note).bind("id", id).execute());
    }

    /** The changes, newest first. */
    public List<Change> list(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM rule_changes ORDER BY id DESC LIMIT :n").bind("n", limit)
                .map((rs, ctx) -> change(rs)).list());
    }

    public Optional<Change> get(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM rule_changes WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> change(rs)).findOne());
    }

    private static Change change(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Change(rs.getLong("id"), rs.getString("changed_at"), rs.getString("author"), rs.getString("reason"),
                rs.getString("file"), rs.getString("content_before"), rs.getString("content_after"), rs.getString("fingerprint_before"),
                rs.getString("fingerprint_after"), RunQueries.intOrNull(rs, "cases_passed"), RunQueries.intOrNull(rs, "cases_failed"),
                rs.getString("preview"), RunQueries.longOrNull(rs, "reverts"),
                rs.getString("committed"));
    }
}
