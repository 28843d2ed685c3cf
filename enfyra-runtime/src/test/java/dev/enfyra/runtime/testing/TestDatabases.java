package dev.enfyra.runtime.testing;

import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests, each call a fresh, empty one: H2 in memory; PostgreSQL and MariaDB
 * reached through {@code ENFYRA_TEST_POSTGRES_URL} / {@code ENFYRA_TEST_MARIADB_URL}, where a
 * new schema (PostgreSQL) or database (MariaDB) is created per call. Without the variable a
 * test is skipped with the reason shown; under {@code CI=true} it fails instead.
 */
public final class TestDatabases {

    public enum Kind { H2, POSTGRES, MARIADB }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

    private TestDatabases() {
    }

    public static Database open(Kind kind, String purpose) {
        return Database.open(config(kind, purpose));
    }

    /**
     * A fresh, empty database as a configuration, for what opens its own pool (e.g. a server
     * started with {@link TestServer#start}).
     */
    public static DatabaseConfig config(Kind kind, String purpose) {
        String name = ("t_" + purpose + "_" + RUN + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        return switch (kind) {
            case H2 -> DatabaseConfig.of("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            case POSTGRES -> postgres(name);
            case MARIADB -> mariadb(name);
        };
    }

    private static DatabaseConfig postgres(String name) {
        String url = required("ENFYRA_TEST_POSTGRES_URL");
        execute(url, "CREATE SCHEMA " + name);
        return DatabaseConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
    }

    private static DatabaseConfig mariadb(String name) {
        String url = required("ENFYRA_TEST_MARIADB_URL");
        execute(url, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        // Replace the database in jdbc:mariadb://host:port/db?params.
        String withDb = url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
        return DatabaseConfig.of(withDb);
    }

    /** The URL, or a skip (a failure under CI=true) when it is not set. */
    public static String required(String variable) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            String reason = variable + " is not set: tests against this database are skipped (.ci/run sets it)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + "; under CI=true the database is required");
            }
            Assumptions.abort(reason);
        }
        return url;
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            String reason = "cannot reach the test database (" + url.replaceAll("\\?.*", "") + "): " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
    }
}
