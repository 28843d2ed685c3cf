package dev.enfyra.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestSmokeTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSchemas.load("blog"), DatabaseConfig.of("jdbc:h2:mem:rest_smoke;DB_CLOSE_DELAY=-1"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void createReadUpdateDelete() {
        TestServer.Response user = server.post("/api/users", "{\"email\": \"ann@x.org\", \"displayName\": \"Ann\", \"password\": \"s3cret\"}");
        assertEquals(201, user.status(), user.body().toString());
        String userId = user.body().get("data").get("id").asText();
        assertFalse(user.body().get("data").has("password"), "unpublished columns are never returned");
        assertEquals("reader", user.body().get("data").get("role").asText());

        TestServer.Response post = server.post("/api/posts?fields=id,title,author.email,tags.name",
                "{\"title\": \"Hello\", \"author\": {\"id\": \"" + userId + "\"}, \"tags\": []}");
        assertEquals(201, post.status(), post.body().toString());
        assertEquals("ann@x.org", post.body().get("data").get("author").get("email").asText());
        int postId = post.body().get("data").get("id").asInt();

        TestServer.Response patched = server.patch("/api/posts/" + postId, "{\"title\": \"Hello again\", \"price\": \"12.50\"}");
        assertEquals(200, patched.status(), patched.body().toString());
        assertEquals("Hello again", patched.body().get("data").get("title").asText());
        assertEquals(12.5, patched.body().get("data").get("price").doubleValue());
        assertEquals(Map.of("id", userId).toString(), Map.of("id", patched.body().get("data").get("author").get("id").asText()).toString());

        TestServer.Response list = server.get("/api/posts", Map.of("filter", "{\"title\": {\"_contains\": \"AGAIN\"}}",
                "fields", "id,title", "sort", "-id", "meta", "*"));
        assertEquals(200, list.status());
        assertEquals(1, list.body().get("data").size());
        assertEquals(1, list.body().get("meta").get("filterCount").asInt());

        // posts.author is ON DELETE CASCADE: the user's posts go with the user.
        assertEquals(200, server.delete("/api/users/" + userId).status());
        assertEquals(404, server.get("/api/posts/" + postId).status());
        assertEquals(404, server.delete("/api/posts/" + postId).status());
    }

    @Test
    void errorsAreJsonWithCodesAndNoInternals() {
        TestServer.Response invalid = server.post("/api/posts", "{\"title\": 5, \"status\": \"gone\", \"nope\": 1}");
        assertEquals(422, invalid.status());
        assertEquals("VALIDATION_ERROR", invalid.body().get("error").get("code").asText());
        assertEquals(4, invalid.body().get("error").get("details").size(), invalid.body().toString());

        TestServer.Response badFilter = server.get("/api/posts", Map.of("filter", "{\"_and\": [{\"id\": 1}, {\"author\": {\"email\": {\"_eqq\": \"a\"}}}]}"));
        assertEquals(400, badFilter.status());
        assertEquals("filter._and[1].author.email: unknown operator \"_eqq\"; did you mean \"_eq\"?", badFilter.body().get("message").asText());

        TestServer.Response malformed = server.post("/api/users", "{\"email\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().get("message").asText().startsWith("the request body is not valid JSON"));

        TestServer.Response dup1 = server.post("/api/tags", "{\"name\": \"java\"}");
        assertEquals(201, dup1.status());
        TestServer.Response dup2 = server.post("/api/tags", "{\"name\": \"java\"}");
        assertEquals(409, dup2.status());
        assertEquals("DUPLICATE_RESOURCE", dup2.body().get("error").get("code").asText());

        TestServer.Response missingRef = server.post("/api/comments", "{\"body\": \"x\", \"post\": 999}");
        assertEquals(422, missingRef.status());
        assertEquals("post", missingRef.body().get("error").get("details").get(0).get("field").asText());

        assertEquals(404, server.get("/api/nothing").status());
        assertEquals("RESOURCE_NOT_FOUND", server.get("/api/posts/abc").body().get("error").get("code").asText());
        assertFalse(badFilter.body().toString().toLowerCase().contains("select"));
    }

    @Test
    void aRepeatedQueryStringReadsTheSameAndABadOneIsRefusedEveryTime() {
        for (int i = 1; i <= 3; i++) {
            server.post("/api/tags", "{\"name\": \"cache-" + i + "\"}");
        }
        Map<String, String> query = Map.of("filter", "{\"name\": {\"_starts_with\": \"cache-\"}}", "sort", "-name", "fields", "name");
        TestServer.Response first = server.get("/api/tags", query);
        assertEquals(200, first.status(), first.body().toString());
        assertEquals(3, first.body().get("data").size());
        server.post("/api/tags", "{\"name\": \"cache-4\"}");
        // The parsed query is reused; the rows are read again.
        TestServer.Response second = server.get("/api/tags", query);
        assertEquals(4, second.body().get("data").size(), second.body().toString());
        assertEquals("cache-4", second.body().get("data").get(0).get("name").asText());
        for (int i = 0; i < 2; i++) {
            TestServer.Response bad = server.get("/api/tags", Map.of("filter", "{\"nme\": {\"_eq\": \"x\"}}"));
            assertEquals(400, bad.status());
            assertEquals("BAD_REQUEST", bad.body().get("error").get("code").asText());
        }
    }
}
