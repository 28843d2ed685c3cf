package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestSchemas;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The data half of a release: default-data.json is seeded on the install that created the
 * tables (and only then); data-migration.json updates rows found by {@code _unique}, deletes
 * exact matches, and runs once per content.
 */
class MigrationDataTest {

    private static final String SEED = """
            {"$schema": "../../docs/schema/default-data.schema.json",
             "tags": [{"name": "java"}, {"name": "sql"}, {"name": "old"}],
             "users": {"id": "0190a6f0-0000-7000-8000-000000000001", "email": "admin@example.com", "displayName": "Admin", "role": "admin"},
             "categories": [{"name": "News", "slug": "news"}]}
            """;

    private static final String DATA_MIGRATION = """
            {"_deletedRecords": [{"table": "tags", "filter": {"name": {"_eq": "old"}}}],
             "users": [{"_unique": {"email": {"_eq": "admin@example.com"}}, "displayName": "%s"}],
             "categories": {"_unique": {"slug": {"_eq": "news"}}, "name": "Latest news"},
             "tags": [{"_unique": {"name": {"_eq": "missing"}}, "name": "x"}]}
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void seedOnInstallThenDataMigrationOncePerContent(TestDatabases.Kind kind) throws Exception {
        Schema blog = TestSchemas.load("blog");
        List<RecordedMigration> install = MigrationControlPlaneTest.blogInstall(kind, blog);
        try (Database db = TestDatabases.open(kind, "data")) {
            migrator(db, install, loader("v1", SEED, DATA_MIGRATION.formatted("Administrator"))).migrate();
            assertEquals("java sql", names(db, "tags", "name"));
            assertEquals("Administrator", names(db, "users", "displayName"));
            assertEquals("Latest news", names(db, "categories", "name"));

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE " + MigrationHistoryTest.q(db, "users") + " SET " + MigrationHistoryTest.q(db, "displayName")
                        + " = 'Changed by hand'");
            }
            Migrator same = migrator(db, install, loader("v1again", SEED, DATA_MIGRATION.formatted("Administrator")));
            assertEquals(List.of(), same.status().dataPending());
            same.migrate();
            assertEquals("Changed by hand", names(db, "users", "displayName"), "an applied data-migration.json does not run again");
            assertEquals("java sql", names(db, "tags", "name"), "and the seed is not inserted twice");

            ClassLoader edited = loader("v2", SEED, DATA_MIGRATION.formatted("Boss"));
            MigrationException pending = assertThrows(MigrationException.class,
                    () -> migrator(db, install, edited, MigrationSettings.Mode.VALIDATE).startup());
            assertTrue(pending.getMessage().contains("pending: data-migration.json"), pending.getMessage());
            migrator(db, install, edited).migrate();
            assertEquals("Boss", names(db, "users", "displayName"), "an edited data-migration.json runs again");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "H2")
    void aSeedThatAppearsAfterTheInstallIsNotInserted(TestDatabases.Kind kind) throws Exception {
        Schema blog = TestSchemas.load("blog");
        List<RecordedMigration> install = MigrationControlPlaneTest.blogInstall(kind, blog);
        try (Database db = TestDatabases.open(kind, "late_seed")) {
            migrator(db, install, getClass().getClassLoader()).migrate();
            migrator(db, install, loader("late", SEED, null)).migrate();
            assertEquals("", names(db, "tags", "name"));
        }
    }

    private ClassLoader loader(String name, String seed, String dataMigration) throws Exception {
        Path meta = Files.createDirectories(dir.resolve(name).resolve("META-INF").resolve("enfyra"));
        if (seed != null) {
            Files.writeString(meta.resolve("default-data.json"), seed);
        }
        if (dataMigration != null) {
            Files.writeString(meta.resolve("data-migration.json"), dataMigration);
        }
        return new URLClassLoader(new URL[] {dir.resolve(name).toUri().toURL()}, getClass().getClassLoader());
    }

    private static Migrator migrator(Database db, List<RecordedMigration> migrations, ClassLoader loader) {
        return migrator(db, migrations, loader, MigrationSettings.Mode.AUTO);
    }

    private static Migrator migrator(Database db, List<RecordedMigration> migrations, ClassLoader loader, MigrationSettings.Mode mode) {
        return new Migrator(db, migrations, TestSchemas.load("blog"), loader, MigrationSettings.DEFAULT.withMode(mode));
    }

    private static String names(Database db, String table, String column) throws Exception {
        return String.join(" ", dev.enfyra.runtime.testing.DatabaseContents.query(db, "SELECT " + MigrationHistoryTest.q(db, column)
                + " AS v FROM " + MigrationHistoryTest.q(db, table) + " ORDER BY " + MigrationHistoryTest.q(db, "id")).stream()
                .map(r -> r.getOrDefault("v", r.get("V"))).toList());
    }
}
