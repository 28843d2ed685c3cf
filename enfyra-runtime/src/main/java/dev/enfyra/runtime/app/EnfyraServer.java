package dev.enfyra.runtime.app;

import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.DefaultData;
import dev.enfyra.runtime.graphql.GraphQlEngine;
import dev.enfyra.runtime.graphql.GraphQlService;
import dev.enfyra.runtime.db.SchemaBootstrap;
import dev.enfyra.runtime.http.AccessLog;
import dev.enfyra.runtime.http.ErrorHandlers;
import dev.enfyra.runtime.http.HealthService;
import dev.enfyra.runtime.http.JsonBodies;
import dev.enfyra.runtime.http.MigrationsService;
import dev.enfyra.runtime.migrate.Migrator;
import dev.enfyra.runtime.http.OpenApiService;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.http.TableResource;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http.HttpRouting;

/**
 * A running backend: the database (its tables created when it has none), the engines, and a
 * Helidon web server with a resource per table under the base path and {@code /health}.
 */
public final class EnfyraServer implements AutoCloseable {

    /** Above the query language's own limit on a parameter (64 KiB), so that limit answers first. */
    static final int MAX_REQUEST_LINE = 256 * 1024;

    private final WebServer server;
    private final EnfyraRuntime runtime;
    private final GraphQlEngine graphql;

    private EnfyraServer(WebServer server, EnfyraRuntime runtime, GraphQlEngine graphql) {
        this.server = server;
        this.runtime = runtime;
        this.graphql = graphql;
    }

    public static EnfyraServer start(RuntimeConfig config, EnfyraApplication app) {
        Database database = Database.open(config.db());
        try {
            Migrator migrator = new Migrator(database, app.migrations(), app.schema(), app.getClass().getClassLoader(),
                    config.migrations());
            if (!app.migrations().isEmpty()) {
                // Recorded migrations own the schema; the bootstrap serves applications without any.
                migrator.startup();
            } else if (SchemaBootstrap.run(database, app.schema()) == SchemaBootstrap.Outcome.CREATED) {
                DefaultData.seed(database, app.schema(), app.getClass().getClassLoader());
            }
            EnfyraRuntime runtime = new EnfyraRuntime(app.schema(), database, config);
            HttpRouting.Builder routing = HttpRouting.builder();
            if (config.accessLog()) {
                routing.addFilter(new AccessLog());
            }
            ErrorHandlers.register(routing);
            String base = config.basePath().equals("/") ? "" : config.basePath();
            for (TableResource resource : app.resources(runtime)) {
                routing.register(base + "/" + resource.table(), resource);
            }
            routing.register("/health", new HealthService(runtime));
            if (config.adminToken() != null) {
                routing.register("/admin/migrations", new MigrationsService(migrator, config.adminToken()));
            }
            routing.register("/openapi.json", OpenApiService.fromClasspath(app.getClass().getClassLoader(), config.basePath()));
            GraphQlEngine graphql = null;
            if (config.graphql().enabled() && app.graphQlSchema().isPresent()) {
                RuntimeConfig.GraphQl settings = config.graphql();
                graphql = new GraphQlEngine(runtime, app.graphQlSchema().get(), app.graphQlFetchers(runtime),
                        new GraphQlEngine.Limits(settings.maxDepth(), settings.maxComplexity()), settings.direct());
                routing.register("/graphql", new GraphQlService(graphql, settings.graphiql(), config.maxBodyBytes()));
            }
            routing.any((req, res) -> JsonBodies.sendError(res, new ApiError(ApiError.Code.RESOURCE_NOT_FOUND,
                    "no route " + req.prologue().method().text() + " " + req.path().path())));
            WebServer server = WebServer.builder()
                    .host(config.host())
                    .port(config.port())
                    // The resources check the body size and the query limits themselves, with JSON
                    // errors; the server's own limits (plain-text 413/414) sit well above them.
                    .addProtocol(Http1Config.builder().maxPrologueLength(MAX_REQUEST_LINE).build())
                    .routing(routing)
                    .build()
                    .start();
            return new EnfyraServer(server, runtime, graphql);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public EnfyraRuntime runtime() {
        return runtime;
    }

    /** The GraphQL engine served at {@code /graphql}, when GraphQL is on. */
    public java.util.Optional<GraphQlEngine> graphQl() {
        return java.util.Optional.ofNullable(graphql);
    }

    @Override
    public void close() {
        server.stop();
        runtime.close();
    }
}
