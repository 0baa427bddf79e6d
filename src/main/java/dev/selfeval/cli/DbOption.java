package dev.selfeval.cli;

import dev.selfeval.store.Database;
import picocli.CommandLine.Option;

import java.io.IOException;

/** The {@code --db} option: an SQLite file (default ~/.local/share/selfeval/runs.db) or a PostgreSQL JDBC URL. */
final class DbOption {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "保存运行记录的数据库：SQLite 文件路径（默认 ~/.local/share/selfeval/runs.db，首次使用时创建），"
                    + "或 PostgreSQL 地址 jdbc:postgresql://主机/库名?user=…&password=…")
    String db;

    Database open() throws IOException {
        return Database.open(db);
    }

    /** The SQLite file, or the default file's place for a PostgreSQL database (where the workbench keeps uploads beside it). */
    java.nio.file.Path sqliteFile() {
        return db == null || db.startsWith("jdbc:") ? Database.defaultFile() : java.nio.file.Path.of(db);
    }

    /** The database as named in messages, before it is opened. */
    String shown() {
        return db == null ? Database.defaultFile().toString() : db.startsWith("jdbc:") ? db.replaceAll("(?i)(password=)[^&]*", "$1***") : db;
    }
}
