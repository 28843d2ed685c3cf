package dev.enfyra.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.app.EnfyraApplication;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.app.EnfyraServer;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.http.TableResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A real server on port 0 over a schema, and an HTTP client for it. */
public final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, parsed JSON body, and the body as it came. */
    public record Response(int status, JsonNode body, String text) {
    }

    private final EnfyraServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(EnfyraServer server) {
        this.server = server;
    }

    public static TestServer start(Schema schema, DatabaseConfig db) {
        return start(schema, db, null);
    }

    /** With a GraphQL schema (SDL), served at /graphql. */
    public static TestServer start(Schema schema, DatabaseConfig db, String graphQlSchema) {
        return start(RuntimeConfig.forTests(db), application(schema, graphQlSchema, List.of()));
    }

    /** With recorded migrations and a configuration of its own (migration mode, admin token). */
    public static TestServer start(Schema schema, RuntimeConfig config, List<dev.enfyra.runtime.migrate.RecordedMigration> migrations) {
        return start(config, application(schema, null, migrations));
    }

    public static TestServer start(RuntimeConfig config, EnfyraApplication app) {
        return new TestServer(EnfyraServer.start(config, app));
    }

    /** An application as the generator writes one: the schema, a resource per table, the migrations. */
    public static EnfyraApplication application(Schema schema, String graphQlSchema,
            List<dev.enfyra.runtime.migrate.RecordedMigration> migrations) {
        return new EnfyraApplication() {
            @Override
            public List<dev.enfyra.runtime.migrate.RecordedMigration> migrations() {
                return migrations;
            }

            @Override
            public java.util.Optional<String> graphQlSchema() {
                return java.util.Optional.ofNullable(graphQlSchema);
            }

            @Override
            public Schema schema() {
                return schema;
            }

            @Override
            public List<TableResource> resources(EnfyraRuntime runtime) {
                return schema.tables().stream().map(Table::name).map(t -> TableResource.of(runtime, t)).toList();
            }
        };
    }

    public EnfyraServer server() {
        return server;
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public Response get(String path, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base() + path + (query.isEmpty() ? "" : "?" + query))).GET());
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response patch(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE());
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
