package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.DatabaseContents;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every refusal leaves the application's schema and data exactly as they were: the dump (the
 * introspected schema and every row) is byte-for-byte the same before and after.
 */
class MigrationRefusalTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDestructiveMigrationWithoutAValidConfirmHashChangesNothing(TestDatabases.Kind kind) throws Exception {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = releasedTwo(kind, history)) {
            String before = DatabaseContents.dump(db);
            List<RecordedMigration> tampered = new ArrayList<>(history.subList(0, 2));
            tampered.add(TestPlans.edit(history.get(2), p -> p.put("confirmHash", "f".repeat(64)), true));
            MigrationException e = assertThrows(MigrationException.class, () -> MigrationHistoryTest.migrator(db, tampered).migrate());
            assertEquals(MigrationException.Code.CONFIRM_HASH_MISMATCH, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("0003_reshape.json: /confirmHash"), e.getMessage());
            assertEquals(before, DatabaseContents.dump(db));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aChangedDestructiveStepBreaksTheConfirmHash(TestDatabases.Kind kind) throws Exception {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = releasedTwo(kind, history)) {
            String before = DatabaseContents.dump(db);
            // The dropped column's recorded type no longer matches what was confirmed (and the file was resealed).
            List<RecordedMigration> tampered = new ArrayList<>(history.subList(0, 2));
            tampered.add(TestPlans.edit(history.get(2), p -> ((ObjectNode) p.at("/steps/4/column")).put("type", "text"), true));
            MigrationException e = assertThrows(MigrationException.class, () -> MigrationHistoryTest.migrator(db, tampered).migrate());
            assertTrue(e.getMessage().contains("/confirmHash"), e.getMessage());
            assertEquals(before, DatabaseContents.dump(db));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void driftUnderADestructiveStepIsRefusedWithAReport(TestDatabases.Kind kind) throws Exception {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = releasedTwo(kind, history)) {
            // Someone added a column by hand to the table migration 3 drops: dropping it would lose what nobody confirmed.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + MigrationHistoryTest.q(db, "legacy") + " ADD COLUMN "
                        + MigrationHistoryTest.q(db, "keepme") + " " + db.dialect().types().columnType(
                                dev.enfyra.core.schema.Column.builder("keepme", DataType.INT).build()));
                s.execute("UPDATE " + MigrationHistoryTest.q(db, "legacy") + " SET " + MigrationHistoryTest.q(db, "keepme") + " = 42");
            }
            String before = DatabaseContents.dump(db);
            MigrationException e = assertThrows(MigrationException.class, () -> MigrationHistoryTest.migrator(db, history).migrate());
            assertEquals(MigrationException.Code.DRIFT, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("legacy.keepme: not expected, found int NULL"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
            assertEquals(before, DatabaseContents.dump(db));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNotNullColumnWithoutDefaultIsNotAddedToATableWithRows(TestDatabases.Kind kind) throws Exception {
        TestPlans.History history = new TestPlans.History()
                .add("init", TestPlans.create("notes", TestPlans.id(), TestPlans.column("text", DataType.TEXT)))
                .add("require", new Step.RenameColumn("notes", "text", "body"),
                        new Step.AddColumn("notes", TestPlans.notNull(TestPlans.column("owner", DataType.INT))));
        try (Database db = TestDatabases.open(kind, "unsafe_add")) {
            MigrationHistoryTest.migrator(db, history.migrations().subList(0, 1)).migrate();
            try (Connection c = db.dataSource().getConnection()) {
                BlogHistory.insert(db, c, "notes", List.of("id", "text"), List.of(DataType.INT, DataType.TEXT), new Object[] {1, "hi"});
            }
            String before = DatabaseContents.dump(db);
            MigrationException e = assertThrows(MigrationException.class,
                    () -> MigrationHistoryTest.migrator(db, history.migrations()).migrate());
            assertEquals(MigrationException.Code.UNSAFE_STEP, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("notes.owner without a default, but notes has 1 rows"), e.getMessage());
            assertEquals(before, DatabaseContents.dump(db));
        }
    }

    /** Migrations 1 and 2 applied over the seed rows. */
    private static Database releasedTwo(TestDatabases.Kind kind, List<RecordedMigration> history) throws Exception {
        Database db = TestDatabases.open(kind, "refusal");
        MigrationHistoryTest.migrator(db, history.subList(0, 1)).migrate();
        BlogHistory.seed(db);
        MigrationHistoryTest.migrator(db, history.subList(0, 2)).migrate();
        return db;
    }
}
