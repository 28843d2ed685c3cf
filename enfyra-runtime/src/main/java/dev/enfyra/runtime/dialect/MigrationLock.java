package dev.enfyra.runtime.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The lock that lets exactly one instance migrate a database. It belongs to the connection that
 * took it and ends with it, so a process that dies releases it without help.
 */
public interface MigrationLock {

    /**
     * Takes the lock if it is free, without waiting more than a moment; false when another
     * connection holds it. The caller keeps {@code connection} open while it holds the lock, and
     * does no other work on it.
     */
    boolean tryAcquire(Connection connection) throws SQLException;

    void release(Connection connection) throws SQLException;

    /** Whether the lock lives in a table, so the migrator's tables must exist before it is taken (H2). */
    default boolean needsStateTables() {
        return false;
    }

    /** How the lock is taken, for messages: e.g. {@code pg_advisory_lock}. */
    String describe();
}
