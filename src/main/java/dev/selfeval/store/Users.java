package dev.selfeval.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The workbench's users in team mode, and the audit log of their logins and changes. */
public final class Users {
    private final Database db;

    public Users(Database db) {
        this.db = db;
    }

    /** A user; {@code passwordHash} as the encoder wrote it, {@code role} by its English name. */
    public record User(long id, String name, String passwordHash, String role, String createdAt, boolean disabled) {
    }

    /** An entry of the audit log. */
    public record Entry(long id, String at, String user, String address, String action, String detail) {
    }

    /** The longest name a user may have (the column's width). */
    public static final int LONGEST_NAME = 80;

    /** A user added, or one of that name given this password, role and state; true when added. */
    public boolean save(String name, String passwordHash, String role, boolean disabled) {
        return db.jdbi().inTransaction(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM users WHERE name = :name").bind("name", name).mapTo(Integer.class).one() > 0;
            h.createUpdate(known ? "UPDATE users SET password_hash = :hash, role = :role, disabled = :disabled WHERE name = :name"
                            : "INSERT INTO users (name, password_hash, role, created_at, disabled) VALUES (:name, :hash, :role, :at, :disabled)")
                    .bind("name", name).bind("hash", passwordHash).bind("role", role).bind("disabled", disabled ? 1 : 0)
                    .bind("at", Instant.now().toString()).execute();
            return !known;
        });
    }

    public Optional<User> find(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM users WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> user(rs)).findOne());
    }

    public List<User> list() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM users ORDER BY name").map((rs, ctx) -> user(rs)).list());
    }

    public int count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE disabled = 0").mapTo(Integer.class).one());
    }

    public void log(String user, String address, String action, String detail) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO audit_log (at, user_name, address, action, detail)"
                        + " VALUES (:at, :user, :address, :action, :detail)")
                .bind("at", Instant.now().toString()).bind("user", user).bind("address", address).bind("action", action)
                .bind("detail", detail).execute());
    }

    /** The audit log, newest first. */
    public List<Entry> recent(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT :n").bind("n", limit)
                .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("at"), rs.getString("user_name"), rs.getString("address"),
                        rs.getString("action"), rs.getString("detail"))).list());
    }

    private static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new User(rs.getLong("id"), rs.getString("name"), rs.getString("password_hash"), rs.getString("role"),
                rs.getString("created_at"), rs.getInt("disabled") == 1);
    }
}
