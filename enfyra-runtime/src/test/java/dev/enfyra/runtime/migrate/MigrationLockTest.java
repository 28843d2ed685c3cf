package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import dev.enfyra.runtime.testing.TestSchemas;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lock is exclusive, the wait is bounded, and the timeout names the holder; released, it can be taken again. */
class MigrationLockTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHeldLockTimesOutNamingItsHolderThenFreesUp(TestDatabases.Kind kind) throws Exception {
        List<RecordedMigration> history = notes();
        try (Database db = TestDatabases.open(kind, "lock")) {
            MigrationState state = new MigrationState(db.dialect());
            try (Connection work = db.dataSource().getConnection();
                    MigrationLocking held = MigrationLocking.acquire(db, state, Duration.ofSeconds(5), work)) {
                try (Connection other = db.dataSource().getConnection()) {
                    assertEquals(false, db.dialect().migrationLock().tryAcquire(other), "a second holder is refused");
                }
                long start = System.nanoTime();
                MigrationException e = assertThrows(MigrationException.class, () -> new Migrator(db, history, TestSchemas.load("blog"),
                        getClass().getClassLoader(), new MigrationSettings(MigrationSettings.Mode.AUTO, Duration.ofSeconds(1), Set.of()))
                        .migrate());
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertEquals(MigrationException.Code.LOCK_TIMEOUT, e.code());
                assertTrue(waited >= 1000 && waited < 10_000, "waited " + waited + " ms");
                assertTrue(e.getMessage().contains("held by enfyra " + ProcessHandle.current().pid() + "@"), e.getMessage());
                assertTrue(e.getMessage().contains("(pid " + ProcessHandle.current().pid() + ") since 20"), e.getMessage());
                assertTrue(e.getMessage().contains("enfyra.migrations.lockTimeout"), e.getMessage());
            }
            assertEquals(1, MigrationHistoryTest.migrator(db, history).migrate().applied().size(), "released, the lock is free");
        }
    }
    /**
     * A database already at the end of the history starts without the lock (and without
     * writing anything): it does not wait for another instance that holds it.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anUpToDateDatabaseStartsWhileAnotherInstanceHoldsTheLock(TestDatabases.Kind kind) throws Exception {
        List<RecordedMigration> history = notes();
        try (Database db = TestDatabases.open(kind, "lock_up_to_date")) {
            assertEquals(1, MigrationHistoryTest.migrator(db, history).migrate().applied().size());
            MigrationState state = new MigrationState(db.dialect());
            try (Connection work = db.dataSource().getConnection();
                    MigrationLocking held = MigrationLocking.acquire(db, state, Duration.ofSeconds(5), work)) {
                long start = System.nanoTime();
                MigrationReport.Result result = new Migrator(db, history, TestSchemas.load("blog"), getClass().getClassLoader(),
                        new MigrationSettings(MigrationSettings.Mode.AUTO, Duration.ofSeconds(3), Set.of())).migrate();
                assertEquals(List.of(), result.applied());
                assertTrue((System.nanoTime() - start) / 1_000_000 < 3_000, "did not wait for the lock");
            }
        }
    }

    /** One migration: a table of notes. */
    private static List<RecordedMigration> notes() {
        return new TestPlans.History()
                .add("init", TestPlans.create("notes", TestPlans.id(), TestPlans.column("text", DataType.TEXT))).migrations();
    }
}
