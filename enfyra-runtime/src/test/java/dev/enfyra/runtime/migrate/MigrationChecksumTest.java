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
import dev.enfyra.runtime.testing.TestSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Applied migrations are checked against the application's copies on every start. */
class MigrationChecksumTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEditedAppliedMigrationRefusesToStartAndSaysHowToRepair(TestDatabases.Kind kind) throws Exception {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = TestDatabases.open(kind, "checksum")) {
            MigrationHistoryTest.migrator(db, history.subList(0, 2)).migrate();
            String before = DatabaseContents.dump(db);
            // 0002 recorded again with another subtitle length: the same version, other content.
            List<RecordedMigration> edited = List.of(history.get(0), TestPlans.edit(history.get(1), p -> {
                ((ObjectNode) p.at("/steps/2/column")).put("length", 120);
                ((ObjectNode) p.at("/schema/tables/0/columns/10")).put("length", 120);
                p.put("to", CanonicalJson.hash(p.get("schema")));
            }, true));
            assertEquals("subtitle", CanonicalJson.parse(edited.get(1).plan()).at("/schema/tables/0/columns/10/name").asText());
            MigrationException e = assertThrows(MigrationException.class, () -> MigrationHistoryTest.migrator(db, edited).migrate());
            assertEquals(MigrationException.Code.CHECKSUM_MISMATCH, e.code());
            assertTrue(e.getMessage().contains("0002_rename_and_grow was applied with checksum"), e.getMessage());
            assertTrue(e.getMessage().contains("restore src/main/enfyra/migrations/0002_rename_and_grow.json"), e.getMessage());
            assertTrue(e.getMessage().contains("enfyra.migrations.repair=2"), e.getMessage());
            assertEquals(before, DatabaseContents.dump(db));

            // Repair is refused: the live column is not what the edited file says.
            MigrationException repair = assertThrows(MigrationException.class, () -> migrator(db, edited, Set.of(2)).migrate());
            assertEquals(MigrationException.Code.DRIFT, repair.code());
            assertTrue(repair.getMessage().contains("articles.subtitle: expected varchar(120) NULL, found varchar(100) NULL"),
                    repair.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEditThatLeavesTheSchemaAloneIsAcceptedByRepair(TestDatabases.Kind kind) {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = TestDatabases.open(kind, "repair")) {
            MigrationHistoryTest.migrator(db, history.subList(0, 3)).migrate();
            List<RecordedMigration> edited = new ArrayList<>(history.subList(0, 2));
            edited.add(TestPlans.edit(history.get(2), p -> ((ObjectNode) p.at("/destructive/0")).put("reason", "reworded"), true));
            assertThrows(MigrationException.class, () -> MigrationHistoryTest.migrator(db, edited).migrate());
            migrator(db, edited, Set.of(3)).migrate();
            MigrationReport.Status status = MigrationHistoryTest.migrator(db, edited).status();
            assertEquals(List.of(), status.problems());
            assertEquals(PlanReader.read(edited).get(2).checksum(), status.applied().get(2).checksum());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "H2")
    void reformattingAFileChangesNothingButAStaleChecksumIsCaught(TestDatabases.Kind kind) {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = TestDatabases.open(kind, "format")) {
            MigrationHistoryTest.migrator(db, history.subList(0, 2)).migrate();
            List<RecordedMigration> compact = history.subList(0, 2).stream().<RecordedMigration>map(m -> new TestPlans.Recorded(
                    m.version(), m.name(), m.plan().replaceAll("\\n\\s*", ""))).toList();
            assertEquals(List.of(), MigrationHistoryTest.migrator(db, compact).migrate().applied());
            List<RecordedMigration> stale = List.of(history.get(0),
                    TestPlans.edit(history.get(1), p -> ((ObjectNode) p.at("/steps/2/column")).put("length", 99), false));
            MigrationException e = assertThrows(MigrationException.class, () -> MigrationHistoryTest.migrator(db, stale).migrate());
            assertEquals(MigrationException.Code.PLAN_INVALID, e.code());
            assertTrue(e.getMessage().contains("0002_rename_and_grow.json: /checksum is"), e.getMessage());
            assertTrue(e.getMessage().contains("it was edited after it was recorded"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "H2")
    void aDatabaseAheadOfTheApplicationIsRefused(TestDatabases.Kind kind) {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = TestDatabases.open(kind, "ahead")) {
            MigrationHistoryTest.migrator(db, history.subList(0, 3)).migrate();
            MigrationException e = assertThrows(MigrationException.class,
                    () -> MigrationHistoryTest.migrator(db, history.subList(0, 2)).migrate());
            assertEquals(MigrationException.Code.UNKNOWN_APPLIED, e.code());
            assertTrue(e.getMessage().contains("migration 0003_reshape is recorded in the database"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "H2")
    void validateRefusesWhilePendingAndOffDoesNothing(TestDatabases.Kind kind) {
        List<RecordedMigration> history = new TestPlans.History()
                .add("init", TestPlans.create("notes", TestPlans.id(), TestPlans.column("text", DataType.TEXT))).migrations();
        try (Database db = TestDatabases.open(kind, "modes")) {
            migrator(db, history, MigrationSettings.Mode.OFF).startup();
            assertEquals(PhysicalSchema.EMPTY, MigrationHistoryTest.migrator(db, history).introspect());
            MigrationException e = assertThrows(MigrationException.class, () -> migrator(db, history, MigrationSettings.Mode.VALIDATE).startup());
            assertEquals(MigrationException.Code.PENDING, e.code());
            assertTrue(e.getMessage().contains("pending: 0001_init"), e.getMessage());
            migrator(db, history, MigrationSettings.Mode.AUTO).startup();
            migrator(db, history, MigrationSettings.Mode.VALIDATE).startup();
        }
    }

    private static Migrator migrator(Database db, List<RecordedMigration> migrations, Set<Integer> repair) {
        return new Migrator(db, migrations, TestSchemas.load("blog"), MigrationChecksumTest.class.getClassLoader(),
                new MigrationSettings(MigrationSettings.Mode.AUTO, java.time.Duration.ofSeconds(10), repair));
    }

    private static Migrator migrator(Database db, List<RecordedMigration> migrations, MigrationSettings.Mode mode) {
        return new Migrator(db, migrations, TestSchemas.load("blog"), MigrationChecksumTest.class.getClassLoader(),
                MigrationSettings.DEFAULT.withMode(mode));
    }
}
