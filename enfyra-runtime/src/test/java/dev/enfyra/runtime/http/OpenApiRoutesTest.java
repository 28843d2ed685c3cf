package dev.enfyra.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.emit.EmitOptions;
import dev.enfyra.codegen.emit.GeneratedFile;
import dev.enfyra.codegen.emit.Generator;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.app.EnfyraApplication;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.app.EnfyraServer;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.testing.TestServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /openapi.json} on a real server whose document is the one the generator writes for
 * the same snapshot: every route the server has is documented, every documented operation is
 * served (and answers with a status it documents), and the examples of the read parameters are
 * accepted as they stand.
 */
class OpenApiRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path classpath;

    static Schema schema;
    static URLClassLoader loader;
    static EnfyraServer server;
    static HttpResponse<String> served;
    static OpenAPI api;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        String snapshot = resource("/schemas/blog.json");
        Result<dev.enfyra.codegen.model.Schema> model = Frontend.compile(SnapshotInput.of(new SchemaSource("blog.json", snapshot)));
        schema = TestSchemas.convert(model.value());
        Path document = classpath.resolve(OpenApiService.RESOURCE);
        Files.createDirectories(document.getParent());
        Files.writeString(document, openApi(model.value()));
        // The runtime reads the document through the application's class loader, as it would from the jar.
        loader = new URLClassLoader(new java.net.URL[] {classpath.toUri().toURL()}, OpenApiRoutesTest.class.getClassLoader());
        server = EnfyraServer.start(RuntimeConfig.forTests(DatabaseConfig.of("jdbc:h2:mem:openapi_routes;DB_CLOSE_DELAY=-1")),
                application(loader, schema));
        served = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/openapi.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body());
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        api = result.getOpenAPI();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        loader.close();
    }

    @Test
    void servesTheGeneratedDocument() {
        assertEquals(200, served.statusCode());
        assertEquals("application/json", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("3.1.0", api.getOpenapi());
        assertEquals("/api", api.getServers().get(0).getUrl());
    }

    @Test
    void everyServedRouteIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (Table table : schema.tables()) {
            PathItem collection = api.getPaths().get("/" + table.name());
            PathItem item = api.getPaths().get("/" + table.name() + "/{id}");
            check(missing, "GET /api/" + table.name(), collection == null ? null : collection.getGet());
            check(missing, "POST /api/" + table.name(), collection == null ? null : collection.getPost());
            check(missing, "GET /api/" + table.name() + "/{id}", item == null ? null : item.getGet());
            check(missing, "PATCH /api/" + table.name() + "/{id}", item == null ? null : item.getPatch());
            check(missing, "DELETE /api/" + table.name() + "/{id}", item == null ? null : item.getDelete());
        }
        check(missing, "GET /health", api.getPaths().get("/health").getGet());
        check(missing, "GET /openapi.json", api.getPaths().get("/openapi.json").getGet());
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDocumentedOperationIsServedWithADocumentedStatus() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            String prefix = path.getValue().getServers() != null ? "" : api.getServers().get(0).getUrl();
            String url = base() + prefix + path.getKey().replace("{id}", "1");
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                String method = operation.getKey().name();
                boolean body = method.equals("POST") || method.equals("PATCH");
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .method(method, body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                JsonNode answer = JSON.readTree(response.body());
                String status = Integer.toString(response.statusCode());
                if (answer.path("message").asText().startsWith("no route")) {
                    wrong.add(method + " " + url + ": no such route");
                } else if (!operation.getValue().getResponses().containsKey(status)) {
                    wrong.add(method + " " + url + ": " + status + " is not documented: " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theExamplesOfEveryReadParameterAreAccepted() throws Exception {
        JsonNode document = JSON.readTree(served.body());
        for (Table table : schema.tables()) {
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : document.path("paths").path("/" + table.name()).path("get").path("parameters")) {
                JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
                query.add(resolved.get("name").asText() + "=" + URLEncoder.encode(example(resolved), StandardCharsets.UTF_8));
            }
            URI uri = URI.create(base() + "/api/" + table.name() + "?" + String.join("&", query));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), uri + " -> " + response.body());
            assertTrue(JSON.readTree(response.body()).get("meta").has("aggregate"), response.body());
        }
    }

    @Test
    void aRowHasTheDocumentedKeys() throws Exception {
        JsonNode document = JSON.readTree(served.body());
        JsonNode user = send("POST", "/api/users", "{\"email\": \"ann@x.org\", \"password\": \"s3cret\"}").get("data");
        JsonNode post = send("POST", "/api/posts", "{\"title\": \"Hi\", \"author\": {\"id\": \""
                + user.get("id").asText() + "\"}, \"tags\": [], \"price\": \"12.50\"}").get("data");
        assertEquals(names(document.at("/components/schemas/Users/properties")), names(user), "published columns, every relation");
        assertEquals(names(document.at("/components/schemas/Posts/properties")), names(post));
        assertEquals(List.of("id"), names(post.get("author")), "a to-one relation as {id}");
        assertTrue(post.get("price").isNumber(), "a decimal is a number");
    }

    @Test
    void theErrorCodesAreTheRuntimes() throws IOException {
        JsonNode codes = JSON.readTree(served.body()).at("/components/schemas/Error/properties/error/properties/code/enum");
        assertEquals(Arrays.stream(ApiError.Code.values()).map(Enum::name).toList(), JSON.convertValue(codes, List.class));
    }

    @Test
    void anotherBasePathIsNamedInTheServedCopy() throws IOException {
        byte[] generated = Files.readAllBytes(classpath.resolve(OpenApiService.RESOURCE));
        assertEquals(new String(generated, StandardCharsets.UTF_8),
                new String(OpenApiService.of(generated, "/api").document(), StandardCharsets.UTF_8), "the default: as generated");
        JsonNode moved = JSON.readTree(OpenApiService.of(generated, "/v1").document());
        assertEquals("/v1", moved.at("/servers/0/url").asText());
        assertEquals(JSON.readTree(generated).at("/paths"), moved.at("/paths"));
        assertNull(OpenApiService.of(null, "/api").document());
    }

    @Test
    void aBackendWithoutADocumentAnswers404() {
        try (TestServer plain = TestServer.start(schema, DatabaseConfig.of("jdbc:h2:mem:openapi_absent;DB_CLOSE_DELAY=-1"))) {
            TestServer.Response response = plain.get("/openapi.json");
            assertEquals(404, response.status());
            assertEquals("RESOURCE_NOT_FOUND", response.body().at("/error/code").asText());
            assertFalse(response.body().get("message").asText().startsWith("no route"));
        }
    }

    private static JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, response.body());
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void check(List<String> missing, String route, Operation operation) {
        if (operation == null) {
            missing.add(route);
        }
    }

    /** A parameter's example as a query string value: lists comma-separated (form style, not exploded). */
    private static String example(JsonNode parameter) {
        JsonNode example = parameter.get("example");
        assertNotNull(example, () -> "no example for " + parameter.get("name"));
        if (example.isArray()) {
            List<String> items = new ArrayList<>();
            example.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return example.asText();
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The document the generator writes for the snapshot, as a generated backend packages it. */
    private static String openApi(dev.enfyra.codegen.model.Schema model) {
        List<GeneratedFile> files = new Generator(model, EmitOptions.of("com.example.blog"), NamingStrategy.DEFAULT).generate();
        return files.stream().filter(f -> f.path().equals(OpenApiService.RESOURCE)).findFirst().orElseThrow().content();
    }

    /**
     * An application defined by {@code loader}, as a generated one is by the jar's: a proxy, since
     * the runtime looks the document up through {@code app.getClass().getClassLoader()}.
     */
    private static EnfyraApplication application(ClassLoader loader, Schema schema) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "schema" -> schema;
            case "resources" -> schema.tables().stream().map(t -> TableResource.of((EnfyraRuntime) args[0], t.name())).toList();
            case "toString" -> "the blog application";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> InvocationHandler.invokeDefault(proxy, method, args);
        };
        return (EnfyraApplication) Proxy.newProxyInstance(loader, new Class<?>[] {EnfyraApplication.class}, handler);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenApiRoutesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
