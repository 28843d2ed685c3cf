package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.runtime.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A named user lock (GET_LOCK), per database: lock names are server-wide, so the name carries
 * a hash of the database name (names are limited to 64 characters). It belongs to the session
 * and ends with it.
 */
final class MySqlMigrationLock implements MigrationLock {

    private static final String NAME = "CONCAT('enfyra_migrations:', LEFT(SHA1(DATABASE()), 32))";

    @Override
    public boolean tryAcquire(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT GET_LOCK(" + NAME + ", 0)")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    @Override
    public void release(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DO RELEASE_LOCK(" + NAME + ")");
        }
    }

    @Override
    public String describe() {
        return "GET_LOCK(" + NAME + ")";
    }
}
