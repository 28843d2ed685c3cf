package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /admin/migrations} over HTTP on a real server: token-protected, status with timings,
 * a dry run with the SQL, and an apply that previews without a hash, refuses a wrong one with 422
 * and applies with the right one, after which the REST API serves the new tables.
 */
class MigrationControlPlaneTest {

    private static final String TOKEN = "s3cret-token";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void previewThenRefuseAWrongHashThenApply(TestDatabases.Kind kind) {
        Schema blog = TestSchemas.load("blog");
        DatabaseConfig db = TestDatabases.config(kind, "control");
        List<RecordedMigration> migrations = blogInstall(kind, blog);
        RuntimeConfig config = RuntimeConfig.forTests(db).withAdminToken(TOKEN)
                .withMigrations(MigrationSettings.DEFAULT.withMode(MigrationSettings.Mode.OFF));
        try (TestServer server = TestServer.start(blog, config, migrations)) {
            assertEquals(401, get(server, "/admin/migrations", null).status());
            assertEquals(401, get(server, "/admin/migrations", "wrong").status());
            assertEquals(401, post(server, "/admin/migrations/apply", "wrong", "").status());

            TestServer.Response status = get(server, "/admin/migrations", TOKEN);
            assertEquals(200, status.status());
            assertEquals(0, status.body().get("applied").size());
            assertEquals(1, status.body().get("pending").size());
            assertEquals("init", status.body().at("/pending/0/name").asText());

            TestServer.Response dryRun = get(server, "/admin/migrations/dry-run", TOKEN);
            assertEquals(200, dryRun.status());
            assertTrue(dryRun.body().at("/pending/0/steps/0/sql/0").asText().startsWith("CREATE TABLE"), dryRun.body().toString());

            TestServer.Response preview = post(server, "/admin/migrations/apply", TOKEN, "");
            assertEquals(200, preview.status());
            assertFalse(preview.body().get("applied").asBoolean());
            String hash = preview.body().get("requiredConfirmHash").asText();
            assertEquals(64, hash.length());
            assertTrue(get(server, "/api/posts", null).status() >= 500, "no tables yet");

            TestServer.Response wrong = post(server, "/admin/migrations/apply", TOKEN, "{\"confirmHash\": \"" + "0".repeat(64) + "\"}");
            assertEquals(422, wrong.status());
            assertEquals("SCHEMA_CONFIRM_HASH_MISMATCH", wrong.body().at("/error/code").asText());

            TestServer.Response applied = post(server, "/admin/migrations/apply", TOKEN, "{\"confirmHash\": \"" + hash + "\"}");
            assertEquals(200, applied.status(), applied.body().toString());
            assertTrue(applied.body().get("applied").asBoolean());
            assertEquals(1, applied.body().at("/migrations/0/version").asInt());

            TestServer.Response after = get(server, "/admin/migrations", TOKEN);
            assertEquals("applied", after.body().at("/applied/0/status").asText());
            assertTrue(after.body().at("/applied/0/durationMs").asLong() >= 0);
            assertTrue(after.body().at("/applied/0/finishedAt").isTextual());
            assertEquals(0, after.body().get("pending").size());
            assertTrue(after.body().get("requiredConfirmHash").isNull());
            assertEquals(200, get(server, "/api/posts", null).status());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = "H2")
    void withoutATokenTheControlPlaneIsNotThere(TestDatabases.Kind kind) {
        Schema blog = TestSchemas.load("blog");
        DatabaseConfig db = TestDatabases.config(kind, "control_off");
        try (TestServer server = TestServer.start(blog, RuntimeConfig.forTests(db), blogInstall(kind, blog))) {
            assertEquals(404, get(server, "/admin/migrations", TOKEN).status());
            assertEquals(200, get(server, "/api/posts", null).status(), "mode auto applied the install at startup");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theDryRunCountsTheRowsADestructiveStepPutsAtStake(TestDatabases.Kind kind) throws Exception {
        DatabaseConfig db = TestDatabases.config(kind, "control_stake");
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (dev.enfyra.runtime.db.Database database = dev.enfyra.runtime.db.Database.open(db)) {
            MigrationHistoryTest.migrator(database, history.subList(0, 1)).migrate();
            BlogHistory.seed(database);
            MigrationHistoryTest.migrator(database, history.subList(0, 2)).migrate();
        }
        RuntimeConfig config = RuntimeConfig.forTests(db).withAdminToken(TOKEN)
                .withMigrations(MigrationSettings.DEFAULT.withMode(MigrationSettings.Mode.OFF));
        try (TestServer server = TestServer.start(TestSchemas.load("blog"), config, history)) {
            TestServer.Response dryRun = get(server, "/admin/migrations/dry-run", TOKEN);
            assertEquals(List.of(3, 4), List.of(dryRun.body().at("/pending/0/version").asInt(), dryRun.body().at("/pending/1/version").asInt()));
            assertTrue(dryRun.body().at("/pending/0/destructive").asBoolean());
            assertEquals("ENF-C002", dryRun.body().at("/pending/0/steps/4/code").asText());
            assertEquals(3, dryRun.body().at("/pending/0/steps/4/rowsAtStake").asInt(), dryRun.body().at("/pending/0/steps/4").toString());
            assertEquals(2, dryRun.body().at("/pending/0/steps/5/rowsAtStake").asInt(), "the rows of the dropped table");
            assertTrue(dryRun.body().at("/pending/0/steps/4/sql/0").asText().contains("DROP COLUMN"));
            assertEquals(2, get(server, "/admin/migrations", TOKEN).body().get("applied").size());
        }
    }

    /** One migration that installs the blog as the bootstrap would. */
    static List<RecordedMigration> blogInstall(TestDatabases.Kind kind, Schema blog) {
        PhysicalSchema physical = TestPlans.physical(blog, dev.enfyra.runtime.dialect.Dialect.forJdbcUrl(jdbcPrefix(kind)).types());
        return new TestPlans.History().add("init", TestPlans.install(physical)).migrations();
    }

    static String jdbcPrefix(TestDatabases.Kind kind) {
        return switch (kind) {
            case H2 -> "jdbc:h2:mem:x";
            case POSTGRES -> "jdbc:postgresql://x";
            case MARIADB -> "jdbc:mariadb://x";
        };
    }

    private static TestServer.Response get(TestServer server, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return server.send(request);
    }

    private static TestServer.Response post(TestServer server, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return server.send(request);
    }
}
