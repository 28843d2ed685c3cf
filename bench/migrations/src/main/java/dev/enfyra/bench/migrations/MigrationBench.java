package dev.enfyra.bench.migrations;

import com.zaxxer.hikari.HikariDataSource;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.DatabaseConfig;
import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.runtime.migrate.CanonicalJson;
import dev.enfyra.runtime.migrate.MigrationReport;
import dev.enfyra.runtime.migrate.MigrationSettings;
import dev.enfyra.runtime.migrate.Migrator;
import dev.enfyra.runtime.migrate.PlanReader;
import dev.enfyra.runtime.migrate.RecordedMigration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The migration benchmarks (bench/run-migrations.sh). Commands:
 * <pre>
 *   record N DIR                       records a history of N migrations of 10 steps into DIR
 *   sql HISTORY SQLDIR                 the runtime's dry run of HISTORY on an empty database, as Flyway files
 *   apply HISTORY SQLDIR ROUNDS WARMUP the Enfyra migrator and Flyway applying the history to a fresh database
 *                                      each, alternating, in this JVM; prints each run and the medians
 *   apply-once TOOL HISTORY SQLDIR     one run of TOOL (enfyra, flyway) in this (cold) JVM: "RESULT TOOL ms"
 *   prepare TOOL HISTORY SQLDIR DB     (re)creates DB and migrates it with TOOL
 *   startup-once TOOL HISTORY SQLDIR DB  TOOL's entry point on the migrated DB with nothing pending, first call in this JVM
 *   planreader-once HISTORY            PlanReader.read (the checks made without the database) once, in this JVM
 *   floor-once WHAT HISTORY            once, in this JVM: "checksum" (parse + canonical checksum of every file) or "sha"
 *                                      (SHA-256 of every file's raw text), the floors of cheaper start-up checks
 *   startup HISTORY SQLDIR DBE DBF ITER  the same, warm: ITER alternating calls, after as many to warm up
 * </pre>
 * Environment: PGHOST, PGPORT, PGUSER (127.0.0.1, 5432, postgres; trust authentication).
 */
public final class MigrationBench {

    private static final String HOST = env("PGHOST", "127.0.0.1");
    private static final String PORT = env("PGPORT", "5432");
    private static final String USER = env("PGUSER", "postgres");
    private static int databases;

    private MigrationBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "record" -> record(Integer.parseInt(args[1]), Path.of(args[2]));
            case "sql" -> sql(Path.of(args[1]), Path.of(args[2]));
            case "apply" -> apply(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "apply-once" -> applyOnce(args[1], Path.of(args[2]), Path.of(args[3]));
            case "prepare" -> prepare(args[1], Path.of(args[2]), Path.of(args[3]), args[4]);
            case "startup-once" -> startupOnce(args[1], Path.of(args[2]), Path.of(args[3]), args[4]);
            case "planreader-once" -> planReaderOnce(Path.of(args[1]));
            case "floor-once" -> floorOnce(args[1], Path.of(args[2]));
            case "startup" -> startup(Path.of(args[1]), Path.of(args[2]), args[3], args[4], Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---- commands ---------------------------------------------------------------------------------------

    private static void record(int migrations, Path dir) {
        long t0 = System.nanoTime();
        List<SyntheticHistory.Recorded> history = SyntheticHistory.record(migrations);
        SyntheticHistory.write(history, dir);
        long bytes = history.stream().mapToLong(r -> r.plan().length()).sum();
        System.out.printf(Locale.ROOT, "recorded %d migrations, %d steps, %.1f MB of plan text, into %s (%.1f s)%n", history.size(),
                history.stream().mapToInt(SyntheticHistory.Recorded::steps).sum(), bytes / 1e6, dir, (System.nanoTime() - t0) / 1e9);
    }

    /** The SQL each recorded migration renders for PostgreSQL, from the migrator's dry run on an empty database. */
    private static void sql(Path historyDir, Path sqlDir) throws Exception {
        List<SyntheticHistory.Recorded> history = SyntheticHistory.read(historyDir);
        String name = freshDatabase("dryrun");
        int statements = 0;
        try (Database db = open(name)) {
            MigrationReport.Status status = migrator(db, history).dryRun();
            if (status.pending().size() != history.size() || !status.problems().isEmpty()) {
                throw new IllegalStateException("dry run: " + status.pending().size() + " pending, problems " + status.problems());
            }
            Files.createDirectories(sqlDir);
            try (Stream<Path> old = Files.list(sqlDir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (MigrationReport.Pending p : status.pending()) {
                StringBuilder sql = new StringBuilder();
                for (MigrationReport.PendingStep step : p.steps()) {
                    for (String s : step.sql()) {
                        sql.append(s).append(";\n");
                        statements++;
                    }
                }
                Files.writeString(sqlDir.resolve(String.format(Locale.ROOT, "V%d__%s.sql", p.version(), p.name())), sql);
            }
        } finally {
            drop(name);
        }
        System.out.printf(Locale.ROOT, "dry run: %d migrations, %d statements, written as Flyway SQL migrations into %s%n",
                history.size(), statements, sqlDir);
    }

    private static void apply(Path historyDir, Path sqlDir, int rounds, int warmup) throws Exception {
        List<SyntheticHistory.Recorded> history = SyntheticHistory.read(historyDir);
        String[] tools = {"enfyra", "flyway"};
        List<Double> enfyra = new ArrayList<>();
        List<Double> flyway = new ArrayList<>();
        String[] fingerprints = new String[2];
        for (int r = 1 - warmup; r <= rounds; r++) {
            for (int k = 0; k < 2; k++) {
                // The order alternates: enfyra first in odd rounds, flyway first in even ones.
                int tool = Math.floorMod(r + k + 1, 2);
                String name = freshDatabase(tools[tool]);
                double ms;
                try (Database db = open(name)) {
                    ms = tool == 0 ? runEnfyra(db, history) : runFlyway(db, sqlDir);
                    if (r == 1) {
                        fingerprints[tool] = fingerprint(db);
                    }
                } finally {
                    drop(name);
                }
                (tool == 0 ? enfyra : flyway).add(r >= 1 ? ms : Double.NaN);
                System.out.printf(Locale.ROOT, "  %-7s %-7s %8.1f ms%n", r < 1 ? "warm-up" : "round " + r, tools[tool], ms);
            }
        }
        if (!fingerprints[0].equals(fingerprints[1])) {
            Files.writeString(sqlDir.resolveSibling("fingerprint-enfyra.txt"), fingerprints[0]);
            Files.writeString(sqlDir.resolveSibling("fingerprint-flyway.txt"), fingerprints[1]);
            throw new IllegalStateException("the two databases differ: see fingerprint-*.txt next to " + sqlDir);
        }
        System.out.printf(Locale.ROOT, "  the two databases are identical (%d catalog lines: columns, indexes, constraints)%n",
                fingerprints[0].lines().count());
        double e = median(enfyra.stream().filter(x -> !x.isNaN()).toList());
        double f = median(flyway.stream().filter(x -> !x.isNaN()).toList());
        System.out.printf(Locale.ROOT, "RESULT warm enfyra=%.1f flyway=%.1f ratio=%.2f enfyra_all=%s flyway_all=%s%n", e, f, e / f,
                list(enfyra), list(flyway));
    }

    private static void applyOnce(String tool, Path historyDir, Path sqlDir) throws Exception {
        List<SyntheticHistory.Recorded> history = SyntheticHistory.read(historyDir);
        String name = freshDatabase(tool);
        try (Database db = open(name)) {
            double ms = tool.equals("enfyra") ? runEnfyra(db, history) : runFlyway(db, sqlDir);
            System.out.printf(Locale.ROOT, "RESULT %s %.1f%n", tool, ms);
        } finally {
            drop(name);
        }
    }

    private static void prepare(String tool, Path historyDir, Path sqlDir, String name) throws Exception {
        List<SyntheticHistory.Recorded> history = SyntheticHistory.read(historyDir);
        createDatabase(name);
        try (Database db = open(name)) {
            double ms = tool.equals("enfyra") ? runEnfyra(db, history) : runFlyway(db, sqlDir);
            System.out.printf(Locale.ROOT, "%s: %s applied %d migrations in %.0f ms%n", name, tool, history.size(), ms);
        }
    }

    /** The entry point once, in a JVM that has not run it yet (JDBC driver and pool are up, as at a real start). */
    private static void startupOnce(String tool, Path historyDir, Path sqlDir, String name) throws Exception {
        List<SyntheticHistory.Recorded> history = SyntheticHistory.read(historyDir);
        try (Database db = open(name)) {
            double ms = tool.equals("enfyra") ? runEnfyra(db, history) : runFlyway(db, sqlDir);
            System.out.printf(Locale.ROOT, "RESULT %s %.1f%n", tool, ms);
        }
    }

    private static void planReaderOnce(Path historyDir) {
        List<RecordedMigration> history = List.copyOf(SyntheticHistory.read(historyDir));
        long t0 = System.nanoTime();
        PlanReader.read(history);
        System.out.printf(Locale.ROOT, "RESULT planreader %.1f%n", (System.nanoTime() - t0) / 1e6);
    }

    private static void floorOnce(String what, Path historyDir) throws IOException {
        List<RecordedMigration> history = List.copyOf(SyntheticHistory.read(historyDir));
        long t0 = System.nanoTime();
        for (RecordedMigration r : history) {
            if (what.equals("sha")) {
                CanonicalJson.sha256(r.plan());
            } else {
                CanonicalJson.hash(CanonicalJson.parse(r.plan()));
            }
        }
        System.out.printf(Locale.ROOT, "RESULT %s %.1f%n", what, (System.nanoTime() - t0) / 1e6);
    }

    /**
     * Warm: the two entry points alternating on their migrated databases, then, for the breakdown, the
     * pieces of the migrator's checks timed alone on the same texts: {@code PlanReader.read} (everything
     * checked without the database), Jackson's parse of every file ({@code CanonicalJson.parse}), the
     * canonical checksum of every parsed file ({@code CanonicalJson.hash}, the floor of verifying a
     * checksum as the contract defines it), and SHA-256 over the raw texts (the floor of any check).
     */
    private static void startup(Path historyDir, Path sqlDir, String enfyraDb, String flywayDb, int iterations) throws Exception {
        List<SyntheticHistory.Recorded> history = SyntheticHistory.read(historyDir);
        List<RecordedMigration> recorded = List.copyOf(history);
        String[] names = {"enfyra", "flyway", "planreader", "parse", "canonical", "sha"};
        List<List<Double>> times = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            times.add(new ArrayList<>());
        }
        try (Database e = open(enfyraDb); Database f = open(flywayDb)) {
            for (int i = -iterations; i < iterations; i++) {
                double[] t = new double[names.length];
                t[0] = runEnfyra(e, history);
                t[1] = runFlyway(f, sqlDir);
                long t0 = System.nanoTime();
                PlanReader.read(recorded);
                t[2] = (System.nanoTime() - t0) / 1e6;
                List<JsonNode> parsed = new ArrayList<>();
                t0 = System.nanoTime();
                for (RecordedMigration r : recorded) {
                    parsed.add(CanonicalJson.parse(r.plan()));
                }
                t[3] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                for (JsonNode root : parsed) {
                    CanonicalJson.hash(root);
                }
                t[4] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                for (RecordedMigration r : recorded) {
                    CanonicalJson.sha256(r.plan());
                }
                t[5] = (System.nanoTime() - t0) / 1e6;
                if (i >= 0) {
                    for (int k = 0; k < names.length; k++) {
                        times.get(k).add(t[k]);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("RESULT warm");
        for (int k = 0; k < names.length; k++) {
            out.append(String.format(Locale.ROOT, " %s=%.1f", names[k], median(times.get(k))));
        }
        System.out.println(out.append(" enfyra_all=").append(list(times.get(0))));
    }

    // ---- the two tools ----------------------------------------------------------------------------------

    private static Migrator migrator(Database db, List<? extends RecordedMigration> history) {
        return new Migrator(db, List.copyOf(history), Schema.of(), MigrationBench.class.getClassLoader(), MigrationSettings.DEFAULT);
    }

    /** The runtime's start-up path: {@code Migrator.startup()} in mode auto, as {@code EnfyraServer.start} calls it. */
    private static double runEnfyra(Database db, List<SyntheticHistory.Recorded> history) {
        long t0 = System.nanoTime();
        migrator(db, history).startup();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Flyway's usual programmatic start: configure, load, migrate (validateOnMigrate on, as by default). */
    private static double runFlyway(Database db, Path sqlDir) {
        long t0 = System.nanoTime();
        Flyway.configure().dataSource(db.dataSource()).locations("filesystem:" + sqlDir.toAbsolutePath()).load().migrate();
        return (System.nanoTime() - t0) / 1e6;
    }

    // ---- databases --------------------------------------------------------------------------------------

    /** The pool both tools use, with all its connections open before anything is timed. */
    private static Database open(String name) throws InterruptedException {
        Database db = Database.open(new DatabaseConfig("jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, USER, null, 10));
        HikariDataSource pool = (HikariDataSource) db.dataSource();
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (pool.getHikariPoolMXBean().getTotalConnections() < pool.getMaximumPoolSize() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return db;
    }

    private static String freshDatabase(String purpose) throws SQLException {
        String name = "enfyra_bench_mig_" + purpose + "_" + ProcessHandle.current().pid() + "_" + (++databases);
        createDatabase(name);
        return name;
    }

    private static void createDatabase(String name) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
    }

    private static void drop(String name) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, null);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Columns, indexes and constraints of the application's tables (the tools' own tables left out). */
    private static String fingerprint(Database db) throws SQLException {
        String own = " NOT IN ('flyway_schema_history', 'enfyra_migrations', 'enfyra_migration_journal', 'enfyra_migration_lock',"
                + " 'enfyra_migration_data')";
        StringBuilder out = new StringBuilder();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT table_name, ordinal_position, column_name, data_type, character_maximum_length, is_nullable, column_default,"
                            + " is_identity FROM information_schema.columns WHERE table_schema = 'public' AND table_name" + own
                            + " ORDER BY 1, 2",
                    "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename" + own + " ORDER BY 1, 2",
                    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                            + " WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text" + own + " ORDER BY 1, 2")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            out.append(rs.getString(i)).append(i < n ? " | " : "\n");
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(x -> x).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String list(List<Double> values) {
        return String.join(",", values.stream().filter(x -> !x.isNaN()).map(x -> String.format(Locale.ROOT, "%.0f", x)).toList());
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
