package dev.enfyra.bench.rest;

import dev.enfyra.runtime.app.EnfyraApplication;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.graphql.GraphQlEngine;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.graphql.GraphQlService;
import java.util.ServiceLoader;

/**
 * The other way to serve the generated GraphQL schema that the GraphQL benchmark measures: the same
 * executable schema (generated SDL, the runtime's fetchers over the same query engine) behind
 * Helidon's own {@code helidon-webserver-graphql} {@code GraphQlService} at {@code /graphql},
 * instead of the runtime's {@code dev.enfyra.runtime.graphql.GraphQlService}.
 *
 * <p>Settings as the generated backend's ({@code ENFYRA_DB_URL}, {@code ENFYRA_DB_USER},
 * {@code ENFYRA_PORT}, …); it expects the tables to exist (the generated backend creates them).
 * Helidon's service builds its own {@code GraphQL} from the schema, so the depth and complexity
 * limits of the runtime's engine do not apply here. Prints {@code listening on PORT} once started.
 */
public final class HelidonGraphQlServer {

    private HelidonGraphQlServer() {
    }

    public static void main(String[] args) {
        EnfyraApplication app = ServiceLoader.load(EnfyraApplication.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no generated Enfyra application on the classpath"));
        RuntimeConfig config = RuntimeConfig.load();
        EnfyraRuntime runtime = new EnfyraRuntime(app.schema(), Database.open(config.db()), config);
        String sdl = app.graphQlSchema().orElseThrow(() -> new IllegalStateException("the application has no GraphQL schema"));
        GraphQlEngine engine = new GraphQlEngine(runtime, sdl, GraphQlEngine.Limits.DEFAULT);
        WebServer server = WebServer.builder()
                .host(config.host())
                .port(config.port())
                .routing(r -> r.register(GraphQlService.create(engine.schema())))
                .build()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            runtime.close();
        }));
        System.out.println("listening on " + server.port());
    }
}
