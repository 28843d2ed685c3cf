package dev.enfyra.runtime.app;

import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.migrate.MigrationSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The settings of a backend. Read from {@code application.yaml} (in the working directory, then
 * on the classpath) under {@code enfyra:}, each overridable by an environment variable:
 *
 * <pre>
 * enfyra.host            ENFYRA_HOST            0.0.0.0
 * enfyra.port            ENFYRA_PORT            8080 (0 picks a free port)
 * enfyra.basePath        ENFYRA_BASE_PATH       /api
 * enfyra.maxBodyBytes    ENFYRA_MAX_BODY_BYTES  1048576
 * enfyra.accessLog       ENFYRA_ACCESS_LOG      true
 * enfyra.db.url          ENFYRA_DB_URL          jdbc:h2:file:./data/enfyra
 * enfyra.db.user         ENFYRA_DB_USER
 * enfyra.db.password     ENFYRA_DB_PASSWORD
 * enfyra.db.poolSize     ENFYRA_DB_POOL_SIZE    10
 * enfyra.graphql.enabled ENFYRA_GRAPHQL         true
 * enfyra.graphql.graphiql ENFYRA_GRAPHIQL       false
 * enfyra.graphql.maxDepth ENFYRA_GRAPHQL_MAX_DEPTH 12
 * enfyra.graphql.maxComplexity ENFYRA_GRAPHQL_MAX_COMPLEXITY 5000
 * enfyra.graphql.direct  ENFYRA_GRAPHQL_DIRECT  true
 * enfyra.migrations.mode ENFYRA_MIGRATIONS_MODE auto (validate, off)
 * enfyra.migrations.lockTimeout ENFYRA_MIGRATIONS_LOCK_TIMEOUT 60s
 * enfyra.migrations.repair ENFYRA_MIGRATIONS_REPAIR (versions, comma-separated)
 * enfyra.admin.token     ENFYRA_ADMIN_TOKEN     (none: /admin is off)
 * </pre>
 *
 * @param adminToken the bearer token of the control plane under {@code /admin}; null turns it off
 */
public record RuntimeConfig(String host, int port, String basePath, int maxBodyBytes, boolean accessLog, DatabaseConfig db,
        GraphQl graphql, MigrationSettings migrations, String adminToken) {

    /**
     * GraphQL at {@code /graphql}: on or off, the GraphiQL page, the limits of one query, and
     * whether simple queries seen before are answered straight from the query engine.
     */
    public record GraphQl(boolean enabled, boolean graphiql, int maxDepth, int maxComplexity, boolean direct) {
        public static final GraphQl DEFAULT = new GraphQl(true, false, 12, 5000, true);
    }

    public RuntimeConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(migrations, "migrations");
        if (adminToken != null && adminToken.isBlank()) {
            adminToken = null;
        }
        if (!basePath.startsWith("/")) {
            throw new IllegalArgumentException("enfyra.basePath must start with /, not \"" + basePath + "\"");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("enfyra.port must be 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("enfyra.maxBodyBytes must be positive");
        }
    }

    /** Defaults, an in-memory-free H2 file database under ./data. */
    public static RuntimeConfig defaults() {
        return new RuntimeConfig("0.0.0.0", 8080, "/api", 1 << 20, true, DatabaseConfig.of(DatabaseConfig.DEFAULT_URL), GraphQl.DEFAULT,
                MigrationSettings.DEFAULT, null);
    }

    /** For tests: port 0 on loopback, the given database. */
    public static RuntimeConfig forTests(DatabaseConfig db) {
        return new RuntimeConfig("127.0.0.1", 0, "/api", 1 << 20, false, db, GraphQl.DEFAULT, MigrationSettings.DEFAULT, null);
    }

    public RuntimeConfig withDatabase(DatabaseConfig database) {
        return new RuntimeConfig(host, port, basePath, maxBodyBytes, accessLog, database, graphql, migrations, adminToken);
    }

    public RuntimeConfig withMigrations(MigrationSettings settings) {
        return new RuntimeConfig(host, port, basePath, maxBodyBytes, accessLog, db, graphql, settings, adminToken);
    }

    public RuntimeConfig withAdminToken(String token) {
        return new RuntimeConfig(host, port, basePath, maxBodyBytes, accessLog, db, graphql, migrations, token);
    }

    /** application.yaml, then the environment. */
    public static RuntimeConfig load() {
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.file(Path.of("application.yaml")).optional(),
                        ConfigSources.classpath("application.yaml").optional())
                .build()
                .get("enfyra");
        return load(key -> config.get(key).asString().orElse(null), System.getenv());
    }

    /** {@code file} looks a dotted key up in the file; {@code env} overrides it. */
    static RuntimeConfig load(Function<String, String> file, Map<String, String> env) {
        RuntimeConfig d = defaults();
        Settings s = new Settings(file, env);
        DatabaseConfig db = new DatabaseConfig(
                s.get("db.url", "ENFYRA_DB_URL", d.db().url()),
                s.get("db.user", "ENFYRA_DB_USER", null),
                s.get("db.password", "ENFYRA_DB_PASSWORD", null),
                s.integer("db.poolSize", "ENFYRA_DB_POOL_SIZE", d.db().maxPoolSize()));
        return new RuntimeConfig(
                s.get("host", "ENFYRA_HOST", d.host()),
                s.integer("port", "ENFYRA_PORT", d.port()),
                s.get("basePath", "ENFYRA_BASE_PATH", d.basePath()),
                s.integer("maxBodyBytes", "ENFYRA_MAX_BODY_BYTES", d.maxBodyBytes()),
                Boolean.parseBoolean(s.get("accessLog", "ENFYRA_ACCESS_LOG", Boolean.toString(d.accessLog()))),
                db,
                new GraphQl(
                        Boolean.parseBoolean(s.get("graphql.enabled", "ENFYRA_GRAPHQL", "true")),
                        Boolean.parseBoolean(s.get("graphql.graphiql", "ENFYRA_GRAPHIQL", "false")),
                        s.integer("graphql.maxDepth", "ENFYRA_GRAPHQL_MAX_DEPTH", GraphQl.DEFAULT.maxDepth()),
                        s.integer("graphql.maxComplexity", "ENFYRA_GRAPHQL_MAX_COMPLEXITY", GraphQl.DEFAULT.maxComplexity()),
                        Boolean.parseBoolean(s.get("graphql.direct", "ENFYRA_GRAPHQL_DIRECT", "true"))),
                new MigrationSettings(
                        MigrationSettings.Mode.parse(s.get("migrations.mode", "ENFYRA_MIGRATIONS_MODE", "auto")),
                        MigrationSettings.parseDuration(s.get("migrations.lockTimeout", "ENFYRA_MIGRATIONS_LOCK_TIMEOUT", "60s")),
                        versions(s.get("migrations.repair", "ENFYRA_MIGRATIONS_REPAIR", ""))),
                s.get("admin.token", "ENFYRA_ADMIN_TOKEN", null));
    }

    private static java.util.Set<Integer> versions(String text) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                try {
                    out.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("enfyra.migrations.repair (ENFYRA_MIGRATIONS_REPAIR) lists migration versions,"
                            + " e.g. 3 or 3,4; not \"" + text + "\"");
                }
            }
        }
        return out;
    }

    private record Settings(Function<String, String> file, Map<String, String> env) {
        String get(String key, String variable, String fallback) {
            String fromEnv = env.get(variable);
            if (fromEnv != null && !fromEnv.isEmpty()) {
                return fromEnv;
            }
            String fromFile = file.apply(key);
            return fromFile != null ? fromFile : fallback;
        }

        int integer(String key, String variable, int fallback) {
            String text = get(key, variable, Integer.toString(fallback));
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("enfyra." + key + " (" + variable + ") must be a whole number, not \"" + text + "\"");
            }
        }
    }
}
