package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.runtime.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A session-level advisory lock, keyed by the current schema: several schemas of one database
 * migrate independently, and two instances on the same schema exclude each other. It is
 * released when the session ends, also when the process dies.
 */
final class PostgresMigrationLock implements MigrationLock {

    /** The first key of the two-key form: "Enfy" in ASCII, so other applications' locks do not collide. */
    private static final int CLASS_ID = 0x456e6679;
    private static final String KEY = CLASS_ID + ", hashtext(current_schema())";

    @Override
    public boolean tryAcquire(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    @Override
    public void release(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        }
    }

    @Override
    public String describe() {
        return "pg_advisory_lock(" + KEY + ")";
    }
}
