package dev.selfeval.cli;

import dev.selfeval.support.SavedRunsScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same as {@link SavedRunsTest} on a real PostgreSQL, named by {@code SELFEVAL_TEST_PG_URL}
 * (a JDBC URL with user and password; .ci/run starts one and sets it), in a schema of its own that
 * it drops after. Skipped without the variable.
 */
class SavedRunsPostgresIT {
    static final String URL = System.getenv("SELFEVAL_TEST_PG_URL");

    @Test
    void runsListShowAndHistoryOnPostgres(@TempDir Path tmp) throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "SELFEVAL_TEST_PG_URL is not set");
        String schema = "selfeval_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            SavedRunsScenario.run(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, tmp);
        } finally {
            try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
