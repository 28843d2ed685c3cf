package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.DatabaseContents;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import dev.enfyra.runtime.testing.TestSchemas;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A history with every op, applied one release at a time over seeded rows: after each, the live
 * schema introspects to exactly the recorded schema, and every row is still there with its
 * values, under renamed tables and columns.
 */
class MigrationHistoryTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void eachReleaseLeavesExactlyItsSchemaAndEveryRow(TestDatabases.Kind kind) throws Exception {
        TestPlans.History history = BlogHistory.history();
        try (Database db = TestDatabases.open(kind, "history")) {
            release(db, history, 1);
            BlogHistory.seed(db);
            release(db, history, 2);
            assertEquals("1:Ada 2:Brian 3:Cleo", column(db, "authors", "id", "fullName"));
            assertEquals("1:First 2:Second 3:Third 4:Fourth 5:Fifth", column(db, "articles", "id", "title"));
            assertEquals("1:post 2:post 3:post 4:post 5:post", column(db, "articles", "id", "slug"));
            assertEquals("1:10 2:20 3:0 4:5 5:7", column(db, "articles", "id", "views"));
            assertEquals("1:active 2:active 3:active", column(db, "authors", "id", "status"));
            assertEquals(3, DatabaseContents.query(db, "SELECT * FROM " + q(db, BlogHistory.JUNCTION)).size());
            release(db, history, 3);
            assertEquals("1:1 2:1 3:2 4:3 5:null", column(db, "articles", "id", "writerId"));
            assertEquals("1:Hello 2:It's here 3:null 4:Ünïcödé ✓ 5:orphan", column(db, "articles", "id", "body"));
            release(db, history, 4);
            assertEquals("1:Hello 2:It's here 3:null 4:Ünïcödé ✓ 5:orphan", column(db, "articles", "id", "body"));
            assertEquals("1:active 2:active 3:active", column(db, "authors", "id", "status"));
            assertEquals("1:true 2:false 3:true 4:false 5:false", booleans(column(db, "articles", "id", "published")));
            assertEquals(3, DatabaseContents.query(db, "SELECT * FROM " + q(db, BlogHistory.JUNCTION)).size());
            assertEquals(2, DatabaseContents.query(db, "SELECT * FROM " + q(db, "tags")).size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theWholeHistoryAtOnceEndsAtTheSameSchema(TestDatabases.Kind kind) {
        TestPlans.History history = BlogHistory.history();
        try (Database db = TestDatabases.open(kind, "history_all")) {
            Migrator migrator = migrator(db, history.migrations());
            MigrationReport.Result result = migrator.migrate();
            assertEquals(List.of(1, 2, 3, 4), result.applied().stream().map(MigrationReport.Applied::version).toList());
            assertEquals(List.of(), SchemaDiff.compare(history.schema(), migrator.introspect(), db.dialect().schemaReader()));
            assertEquals(List.of(), migrator.migrate().applied(), "a second start has nothing to do");
        }
    }

    private static void release(Database db, TestPlans.History history, int version) {
        Migrator migrator = migrator(db, history.migrations().subList(0, version));
        migrator.migrate();
        assertEquals(List.of(), SchemaDiff.compare(history.schemaAfter(version), migrator.introspect(), db.dialect().schemaReader()),
                "after migration " + version);
        MigrationReport.Status status = migrator.status();
        assertEquals(version, status.applied().size());
        assertEquals(List.of(), status.pending());
    }

    static Migrator migrator(Database db, List<RecordedMigration> migrations) {
        return new Migrator(db, migrations, TestSchemas.load("blog"), MigrationHistoryTest.class.getClassLoader(),
                MigrationSettings.DEFAULT);
    }

    /** {@code id:value} pairs in key order, as the driver reads them as text. */
    static String column(Database db, String table, String key, String column) throws Exception {
        List<Map<String, String>> rows = DatabaseContents.query(db, "SELECT " + q(db, key) + " AS k, " + q(db, column) + " AS v FROM "
                + q(db, table) + " ORDER BY " + q(db, key));
        return rows.stream().map(r -> r.get(r.containsKey("k") ? "k" : "K") + ":" + r.get(r.containsKey("v") ? "v" : "V"))
                .collect(Collectors.joining(" "));
    }

    /** Booleans as every driver prints them (TRUE, t, 1) written as true/false. */
    static String booleans(String pairs) {
        return java.util.Arrays.stream(pairs.split(" ")).map(p -> {
            String[] kv = p.split(":");
            String v = kv[1].toLowerCase(java.util.Locale.ROOT);
            return kv[0] + ":" + (v.equals("t") || v.equals("1") || v.equals("true"));
        }).collect(Collectors.joining(" "));
    }

    static String q(Database db, String name) {
        return db.dialect().quoting().quote(name);
    }
}
