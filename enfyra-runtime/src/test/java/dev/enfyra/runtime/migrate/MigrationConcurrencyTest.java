package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.testing.ChildJvm;
import dev.enfyra.runtime.testing.DatabaseContents;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import dev.enfyra.runtime.testing.TestSchemas;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Four instances start at once against one empty database: one migrates while the others wait
 * on the lock (each holder keeps it a moment longer, so they do overlap), every migration is
 * applied exactly once (one "applying" line among all four logs, one state row, one journal row
 * per statement), and all four end up serving.
 */
class MigrationConcurrencyTest {

    private static final int INSTANCES = 4;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void fourInstancesMigrateOnceAndAllServe(TestDatabases.Kind kind) throws Exception {
        org.h2.tools.Server h2 = kind == TestDatabases.Kind.H2 ? h2Server() : null;
        DatabaseConfig config = h2 != null ? DatabaseConfig.of("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:concurrent;DB_CLOSE_DELAY=-1")
                : TestDatabases.config(kind, "concurrent");
        String fixture = "blog-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace("postgres", "postgres");
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                children.add(ChildJvm.start(MigratorChild.class, List.of("enfyra.migrations.test.holdLockMillis=4000"),
                        "serve", config.url(), fixture));
            }
            HttpClient http = HttpClient.newHttpClient();
            for (ChildJvm child : children) {
                String line = child.await("SERVING", Duration.ofSeconds(120));
                int port = Integer.parseInt(line.substring("SERVING ".length()).trim());
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), health.body());
                HttpResponse<String> posts = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/posts")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, posts.statusCode(), posts.body());
            }
            List<RecordedMigration> history = history(kind);
            String logs = String.join("\n", children.stream().map(ChildJvm::log).toList());
            for (RecordedMigration m : history) {
                String label = String.format("applying %04d_%s ", m.version(), m.name());
                assertEquals(1, count(logs, label), label + " in the logs of all instances:\n" + logs);
            }
            assertTrue(logs.contains("waiting up to 60 s for the migration lock, held by enfyra "), "the instances overlapped");
            try (Database db = Database.open(config)) {
                List<Map<String, String>> state = DatabaseContents.query(db, "SELECT * FROM " + MigrationHistoryTest.q(db, "enfyra_migrations"));
                assertEquals(history.size(), state.size());
                assertTrue(state.stream().allMatch(r -> r.get("status").equals("applied")), state.toString());
                if (!db.dialect().supportsTransactionalDdl()) {
                    int statements = 0;
                    List<MigrationPlan> plans = PlanReader.read(history);
                    PhysicalSchema before = PhysicalSchema.EMPTY;
                    for (MigrationPlan plan : plans) {
                        statements += new MigrationRunner(db.dialect(), new MigrationState(db.dialect())).render(plan, before).size();
                        before = plan.schema();
                    }
                    assertEquals(statements, DatabaseContents.query(db, "SELECT * FROM "
                            + MigrationHistoryTest.q(db, "enfyra_migration_journal")).size(), "one journal row per statement");
                }
            }
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    /** The blog installed, then two more releases. */
    static List<RecordedMigration> history(TestDatabases.Kind kind) {
        Schema blog = TestSchemas.load("blog");
        PhysicalSchema physical = TestPlans.physical(blog, dev.enfyra.runtime.dialect.Dialect
                .forJdbcUrl(MigrationControlPlaneTest.jdbcPrefix(kind)).types());
        return new TestPlans.History()
                .add("init", TestPlans.install(physical))
                .add("audit", TestPlans.create("audit", TestPlans.id(), TestPlans.column("entry", DataType.TEXT)))
                .add("audit_level", new Step.AddColumn("audit", TestPlans.length(TestPlans.column("level", DataType.VARCHAR), 10)),
                        new Step.AddIndex("audit", TestPlans.index("idx_audit_level", false, "level")))
                .migrations();
    }

    /** H2 shared by several processes is an H2 TCP server (AUTO_SERVER races when processes open the file at once). */
    private static org.h2.tools.Server h2Server() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return org.h2.tools.Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
