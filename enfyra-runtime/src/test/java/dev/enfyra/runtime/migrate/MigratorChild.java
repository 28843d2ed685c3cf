package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.app.EnfyraServer;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.testing.TestServer;
import dev.enfyra.runtime.testing.TestSchemas;
import java.util.List;

/**
 * The process the crash and concurrency tests start and kill: {@code migrate <url> <fixture>}
 * applies a fixture's history and prints {@code APPLIED …}; {@code serve <url> <fixture>} starts
 * the whole server (migrator included) and prints {@code SERVING <port>}, then serves until killed.
 */
public final class MigratorChild {

    private MigratorChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[1];
        List<RecordedMigration> migrations = fixture(args[2]);
        try {
            if (args[0].equals("serve")) {
                RuntimeConfig config = RuntimeConfig.forTests(DatabaseConfig.of(url));
                EnfyraServer server = EnfyraServer.start(config, TestServer.application(TestSchemas.load("blog"), null, migrations));
                System.out.println("SERVING " + server.port());
                Thread.sleep(Long.MAX_VALUE);
            }
            try (Database db = Database.open(DatabaseConfig.of(url))) {
                MigrationReport.Result result = MigrationHistoryTest.migrator(db, migrations).migrate();
                System.out.println("APPLIED " + result.applied().stream().map(a -> Integer.toString(a.version())).toList());
            }
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getMessage().replace('\n', ' '));
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static List<RecordedMigration> fixture(String name) {
        return switch (name) {
            case "crash" -> CrashFixture.history().migrations();
            case "blog-h2" -> MigrationConcurrencyTest.history(dev.enfyra.runtime.testing.TestDatabases.Kind.H2);
            case "blog-postgres" -> MigrationConcurrencyTest.history(dev.enfyra.runtime.testing.TestDatabases.Kind.POSTGRES);
            case "blog-mariadb" -> MigrationConcurrencyTest.history(dev.enfyra.runtime.testing.TestDatabases.Kind.MARIADB);
            default -> throw new IllegalArgumentException("no fixture " + name);
        };
    }
}
