package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.PlannedHistory;
import dev.enfyra.runtime.testing.RowSeeder;
import dev.enfyra.runtime.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enfyra's real history (73cb3680 → 27c3029b → 8962ff10 → HEAD), recorded by the compiler's
 * planner and applied by the runtime release by release over rows in every table: after each
 * release the live schema introspects to exactly the recorded schema, and every row is still
 * there, with every value, under the renamed tables (all 36 system tables in 8962ff10) and
 * columns ({@code method} → {@code name}, {@code isPublished} → {@code isPublic}).
 */
class MigrationEnfyraHistoryTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void enfyrasHistoryAppliesReleaseByReleaseAndKeepsEveryRow(TestDatabases.Kind kind) throws Exception {
        List<RecordedMigration> history = PlannedHistory.enfyra().migrations();
        assertEquals(List.of("init", "enfyra_27c3029b", "enfyra_8962ff10", "enfyra_head"),
                history.stream().map(RecordedMigration::name).toList());
        List<MigrationPlan> plans = PlanReader.read(history);
        try (Database db = TestDatabases.open(kind, "enfyra_history")) {
            release(db, history, plans, 1);
            int seeded = RowSeeder.seed(db, plans.get(0).schema(), 2);
            assertTrue(seeded > 80, "rows in nearly every table: " + seeded);
            for (int version = 2; version <= plans.size(); version++) {
                var before = RowSeeder.rows(db, plans.get(version - 2).schema());
                release(db, history, plans, version);
                var expected = RowSeeder.expectedAfter(before, plans.get(version - 1).steps());
                var after = RowSeeder.rows(db, plans.get(version - 1).schema());
                assertEquals(expected, RowSeeder.restrict(after, expected), "rows after migration " + version);
                assertEquals(count(expected), count(after), "no row lost or added by migration " + version);
            }
        }
    }

    private static void release(Database db, List<RecordedMigration> history, List<MigrationPlan> plans, int version) {
        Migrator migrator = MigrationHistoryTest.migrator(db, history.subList(0, version));
        assertEquals(1, migrator.migrate().applied().size());
        assertEquals(List.of(), SchemaDiff.compare(plans.get(version - 1).schema(), migrator.introspect(), db.dialect().schemaReader()),
                "after migration " + version);
    }

    private static long count(Map<String, Map<String, Map<String, String>>> rows) {
        return rows.values().stream().mapToLong(Map::size).sum();
    }
}
