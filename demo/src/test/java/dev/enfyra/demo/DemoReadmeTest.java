package dev.enfyra.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.runtime.app.EnfyraServer;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.DatabaseConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calls the README shows against the demo, on the generated backend with its seed data. */
class DemoReadmeTest {

    static EnfyraServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = EnfyraServer.start(RuntimeConfig.forTests(DatabaseConfig.of("jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1")), new EnfyraApp());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode call(String method, String path, String body, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void listWithFilterFieldsAndSort() throws Exception {
        JsonNode list = call("GET", "/api/posts?filter=" + q("{\"status\":\"published\"}")
                + "&fields=" + q("id,title,author.displayName,tags.name") + "&sort=-views", null, 200);
        assertEquals(2, list.get("data").size());
        assertEquals("Hello, Enfyra", list.get("data").get(0).get("title").asText());
        assertEquals("Ada Lovelace", list.get("data").get(0).get("author").get("displayName").asText());
        assertEquals("java", list.get("data").get(0).get("tags").get(0).get("name").asText());
        assertEquals("Typed queries in Java", list.get("data").get(1).get("title").asText());
    }

    @Test
    void createUpdateAndErrors() throws Exception {
        JsonNode created = call("POST", "/api/posts", "{\"title\":\"My first post\",\"author\":\"0190c3a0-0000-7000-8000-000000000002\"}", 201);
        int id = created.get("data").get("id").asInt();
        assertEquals("draft", created.get("data").get("status").asText());
        JsonNode updated = call("PATCH", "/api/posts/" + id, "{\"status\":\"published\",\"tags\":[3]}", 200);
        assertEquals("published", updated.get("data").get("status").asText());
        assertEquals(3, updated.get("data").get("tags").get(0).get("id").asInt());

        JsonNode invalid = call("POST", "/api/posts", "{\"title\": 5}", 422);
        assertEquals("VALIDATION_ERROR", invalid.get("error").get("code").asText());
        JsonNode badFilter = call("GET", "/api/posts?filter=" + q("{\"titel\":{\"_eq\":\"x\"}}"), null, 400);
        assertEquals("filter.titel: unknown field \"titel\" on table \"posts\"; did you mean \"title\"?", badFilter.get("message").asText());
        assertTrue(call("GET", "/health", null, 200).get("status").asText().equals("UP"));
    }

    @Test
    void graphQlAndOpenApi() throws Exception {
        JsonNode answer = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ posts(where: {views: {_gte: 40}}, sort: [\\\"-views\\\"]) { data { title author { email } } } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("{\"data\":{\"posts\":{\"data\":[{\"title\":\"Hello, Enfyra\",\"author\":{\"email\":\"ada@example.com\"}},"
                + "{\"title\":\"Typed queries in Java\",\"author\":{\"email\":\"ada@example.com\"}}]}}}", answer.toString());
        JsonNode openapi = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("3.1.0", openapi.get("openapi").asText());
        assertTrue(openapi.get("paths").has("/posts/{id}"));
    }

    @Test
    void searchIgnoresCaseAndAccents() throws Exception {
        JsonNode found = call("GET", "/api/posts?filter=" + q("{\"title\":{\"_contains\":\"RESUME\"}}") + "&fields=title", null, 200);
        assertEquals("Résumé tips", found.get("data").get(0).get("title").asText());
    }
}
