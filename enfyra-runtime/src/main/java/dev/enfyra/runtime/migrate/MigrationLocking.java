package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.db.Database;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The database lock held while migrating, on a connection of its own that does nothing else,
 * with a bounded wait. The holder writes who it is into {@code enfyra_migration_lock} (through
 * the work connection), so that an instance that gives up waiting can name it.
 */
final class MigrationLocking implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MigrationLocking.class.getName());
    private static final long POLL_MILLIS = 250;

    private final Database db;
    private final MigrationState state;
    private final Connection lockConnection;
    private final Connection work;

    private MigrationLocking(Database db, MigrationState state, Connection lockConnection, Connection work) {
        this.db = db;
        this.state = state;
        this.lockConnection = lockConnection;
        this.work = work;
    }

    /**
     * Waits up to {@code timeout} for the lock, then creates the state tables and writes the
     * holder row through {@code work}. {@link MigrationException.Code#LOCK_TIMEOUT} names the holder.
     */
    static MigrationLocking acquire(Database db, MigrationState state, Duration timeout, Connection work) throws SQLException {
        var lock = db.dialect().migrationLock();
        long deadline = System.nanoTime() + timeout.toNanos();
        if (lock.needsStateTables()) {
            state.createTables(work);
        }
        Connection c = db.dataSource().getConnection();
        try {
            boolean logged = false;
            while (!lock.tryAcquire(c)) {
                if (System.nanoTime() > deadline) {
                    throw new MigrationException(MigrationException.Code.LOCK_TIMEOUT, "gave up after " + timeout.toSeconds()
                            + " s waiting for the migration lock (" + lock.describe() + "), " + describe(holder(state, work))
                            + ". Another instance is migrating this database; when it is done, start again. A holder that"
                            + " died releases the lock with its connection. Wait longer with enfyra.migrations.lockTimeout"
                            + " (ENFYRA_MIGRATIONS_LOCK_TIMEOUT).");
                }
                if (!logged) {
                    String holder = describe(holder(state, work));
                    LOG.info(() -> "waiting up to " + timeout.toSeconds() + " s for the migration lock, " + holder);
                    logged = true;
                }
                sleep();
            }
            state.createTables(work);
            state.writeHolder(work, new MigrationState.Holder(self(), host(), ProcessHandle.current().pid(), MigrationState.now()));
            TestHooks.afterLock();
            return new MigrationLocking(db, state, c, work);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static MigrationState.Holder holder(MigrationState state, Connection work) {
        try {
            return state.holder(work);
        } catch (SQLException e) {
            return null;
        }
    }

    private static String describe(MigrationState.Holder h) {
        if (h == null) {
            return "held by an instance that has not said who it is yet";
        }
        return "held by " + h.holder() + " on host " + h.host() + " (pid " + h.pid() + ") since " + h.since();
    }

    static String self() {
        return "enfyra " + ProcessHandle.current().pid() + "@" + host();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(MigrationException.Code.LOCK_TIMEOUT, "interrupted while waiting for the migration lock");
        }
    }

    @Override
    public void close() {
        try {
            state.clearHolder(work);
        } catch (SQLException e) {
            LOG.warning(() -> "could not clear the migration lock's holder row: " + e.getMessage());
        }
        try {
            db.dialect().migrationLock().release(lockConnection);
        } catch (SQLException e) {
            LOG.warning(() -> "could not release the migration lock; it ends with its connection: " + e.getMessage());
        } finally {
            try {
                lockConnection.close();
            } catch (SQLException e) {
                LOG.warning(() -> "could not close the migration lock's connection: " + e.getMessage());
            }
        }
    }
}
