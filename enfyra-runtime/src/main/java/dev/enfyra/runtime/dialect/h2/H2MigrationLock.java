package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.runtime.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 has no advisory locks: the lock is the row {@code ('lock')} of {@code enfyra_migration_lock},
 * held with SELECT … FOR UPDATE by an open transaction on the lock connection (which does nothing
 * else, so no DDL commits it). Other instances (AUTO_SERVER or a TCP server) wait on the row.
 * The migrator's state tables exist before the lock is asked for; on H2 that is safe to do
 * unlocked, as H2 serializes DDL itself.
 */
final class H2MigrationLock implements MigrationLock {

    /** H2's "timeout trying to lock table" (LOCK_TIMEOUT_1). */
    private static final int LOCK_TIMEOUT = 50200;

    @Override
    public boolean tryAcquire(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 200");
            insertRow(s);
            c.setAutoCommit(false);
            s.executeQuery("SELECT \"name\" FROM \"enfyra_migration_lock\" WHERE \"name\" = 'lock' FOR UPDATE").close();
            return true;
        } catch (SQLException e) {
            c.rollback();
            c.setAutoCommit(true);
            if (e.getErrorCode() == LOCK_TIMEOUT) {
                return false;
            }
            throw e;
        }
    }

    /** The lock row, once; an existing row is not touched (updating it would wait for its holder). */
    private static void insertRow(Statement s) throws SQLException {
        try {
            s.execute("INSERT INTO \"enfyra_migration_lock\" (\"name\") SELECT 'lock' FROM DUAL"
                    + " WHERE NOT EXISTS (SELECT 1 FROM \"enfyra_migration_lock\" WHERE \"name\" = 'lock')");
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    @Override
    public void release(Connection c) throws SQLException {
        c.rollback();
        c.setAutoCommit(true);
    }

    @Override
    public boolean needsStateTables() {
        return true;
    }

    @Override
    public String describe() {
        return "a row lock on enfyra_migration_lock";
    }
}
