package dev.selfeval.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where runs are kept: an SQLite file (the default {@code ~/.local/share/selfeval/runs.db}, created
 * on first use in a folder only its owner can open) or a PostgreSQL database named by its JDBC URL.
 * Opening one brings its schema up to date (Flyway, {@code db/selfeval}). SQLite is used in WAL mode
 * with a long busy timeout, so that runs saving at once wait for each other rather than fail.
 */
public final class Database {
    /** How long a run waits for another run saving to the same SQLite file (its whole save). */
    static final int BUSY_TIMEOUT_MS = 30 * 60 * 1000;

    private final String name;
    private final DataSource source;
    private final boolean sqlite;
    private final Jdbi jdbi;

    private Database(String name, DataSource source, boolean sqlite) {
        this.name = name;
        this.source = source;
        this.sqlite = sqlite;
        this.jdbi = Jdbi.create(source);
    }

    /** The database file used without {@code --db}. */
    public static Path defaultFile() {
        String data = System.getenv("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() ? Path.of(data) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("selfeval").resolve("runs.db");
    }

    /** {@code jdbc:postgresql://…}, or an SQLite file's path (null: the default file). */
    public static Database open(String target) throws IOException {
        Database db;
        if (target != null && target.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(target);
            pg.setReWriteBatchedInserts(true);
            db = new Database(hidePassword(target), pg, false);
        } else if (target != null && target.startsWith("jdbc:")) {
            throw new DatabaseException("只支持 SQLite 文件或 jdbc:postgresql:// 地址", null);
        } else {
            Path file = target == null ? defaultFile() : Path.of(target);
            try {
                createFolder(file.toAbsolutePath().getParent(), target == null);
            } catch (IOException e) {
                throw new DatabaseException("无法建立文件夹 " + file.toAbsolutePath().getParent() + "：" + e, e);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            SQLiteDataSource lite = new SQLiteDataSource(config);
            lite.setUrl("jdbc:sqlite:" + file);
            db = new Database(file.toString(), lite, true);
        }
        db.migrate();
        return db;
    }

    private static void createFolder(Path folder, boolean ownerOnly) throws IOException {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        if (ownerOnly) {
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the user's usual permissions
            }
        }
    }

    /** The database as shown to the user: the file, or the URL without its password. */
    public String name() {
        return name;
    }

    boolean sqlite() {
        return sqlite;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Connection connect() throws SQLException {
        return source.getConnection();
    }

    private void migrate() throws IOException {
        Flyway flyway = Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/selfeval")
                .placeholders(Map.of("run_id", sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY"))
                .table("selfeval_schema_history")
                .loggers("slf4j")
                .load();
        // two runs opening a new SQLite file at once: the second may find the first half-way; it tries again
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (attempt >= 3) {
                    throw new DatabaseException("无法打开，或无法建立数据库结构：" + rootMessage(e), e);
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new IOException("被中断", x);
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    static String hidePassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
