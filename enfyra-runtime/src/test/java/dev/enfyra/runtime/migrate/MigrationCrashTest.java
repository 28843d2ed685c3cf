package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.testing.ChildJvm;
import dev.enfyra.runtime.testing.DatabaseContents;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migrating process is killed ({@code kill -9}) right after each statement of a twenty-step
 * migration has run, before it is journaled or committed; the next process resumes (MariaDB:
 * from the journal, asking the interrupted statement whether it took effect; PostgreSQL: the
 * killed transaction left nothing). The last start completes, and every row is there.
 */
class MigrationCrashTest {

    private static final int ITEMS = 50;

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"POSTGRES", "MARIADB"})
    void aKillAfterEveryStatementLosesNothing(TestDatabases.Kind kind) throws Exception {
        TestPlans.History history = CrashFixture.history();
        DatabaseConfig config = TestDatabases.config(kind, "crash");
        try (Database db = Database.open(config)) {
            MigrationHistoryTest.migrator(db, history.migrations().subList(0, 1)).migrate();
            seed(db);
            MigrationPlan plan = PlanReader.read(history.migrations()).get(1);
            int statements = new MigrationRunner(db.dialect(), new MigrationState(db.dialect()))
                    .render(plan, history.schemaAfter(1)).size();
            assertTrue(statements >= plan.steps().size(), statements + " statements");
            int probed = 0;
            for (int k = 0; k < statements; k++) {
                try (ChildJvm child = ChildJvm.start(MigratorChild.class,
                        List.of("enfyra.migrations.test.pauseAfterStatement=" + k), "migrate", config.url(), "crash")) {
                    child.await(TestHooks.PAUSED + " 2 " + k, Duration.ofSeconds(90));
                    child.kill();
                    probed += child.log().contains("statement " + (k - 1) + " had taken effect before the interruption") ? 1 : 0;
                }
            }
            if (!db.dialect().supportsTransactionalDdl()) {
                // Statements that cannot run twice were found done by asking the schema; the others simply ran again.
                assertTrue(probed >= statements / 2, probed + " of " + statements + " interrupted statements were found done");
            }
            try (ChildJvm last = ChildJvm.start(MigratorChild.class, List.of(), "migrate", config.url(), "crash")) {
                assertEquals("APPLIED [2]", last.await("APPLIED", Duration.ofSeconds(90)), last.log());
                assertEquals(0, last.waitFor(Duration.ofSeconds(30)));
            }
            assertEquals(List.of(), SchemaDiff.compare(history.schema(), MigrationHistoryTest.migrator(db, history.migrations())
                    .introspect(), db.dialect().schemaReader()));
            List<Map<String, String>> products = DatabaseContents.query(db, "SELECT * FROM " + MigrationHistoryTest.q(db, "products"));
            assertEquals(ITEMS, products.size());
            for (Map<String, String> p : products) {
                int id = Integer.parseInt(p.get("id"));
                assertEquals("item " + id, p.get("title"));
                assertEquals(Integer.toString(id * 3), p.get("stock"));
                assertEquals(new BigDecimal(id + ".25"), new BigDecimal(p.get("price")));
                assertEquals(Integer.toString(id % 3 + 1), p.get("ownerId"));
            }
            assertEquals("1:north 2:south 3:west", MigrationHistoryTest.column(db, "vendors", "id", "vendorName"));
            List<Map<String, String>> state = DatabaseContents.query(db, "SELECT * FROM " + MigrationHistoryTest.q(db, "enfyra_migrations"));
            assertEquals(2, state.size());
            assertTrue(state.stream().allMatch(r -> r.get("status").equals("applied")), state.toString());
            if (!db.dialect().supportsTransactionalDdl()) {
                assertEquals(statements, DatabaseContents.query(db, "SELECT * FROM " + MigrationHistoryTest.q(db, "enfyra_migration_journal")
                        + " WHERE " + MigrationHistoryTest.q(db, "version") + " = 2").size(), "each statement journaled once");
            }
        }
    }

    private static void seed(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            String[] names = {"north", "south", "west"};
            for (int i = 1; i <= 3; i++) {
                BlogHistory.insert(db, c, "owners", List.of("id", "label"), List.of(DataType.INT, DataType.VARCHAR),
                        new Object[] {i, names[i - 1]});
            }
            for (int i = 1; i <= ITEMS; i++) {
                BlogHistory.insert(db, c, "items", List.of("id", "name", "qty", "price", "kind", "ownerId"),
                        List.of(DataType.INT, DataType.VARCHAR, DataType.INT, DataType.DECIMAL, DataType.ENUM, DataType.INT),
                        new Object[] {i, "item " + i, i * 3, new BigDecimal(i + ".25"), i % 2 == 0 ? "a" : "b", i % 3 + 1});
            }
        }
    }
}
