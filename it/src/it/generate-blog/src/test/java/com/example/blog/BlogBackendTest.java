package com.example.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.dsl.Query;
import dev.enfyra.runtime.app.EnfyraServer;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.DatabaseConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated backend end to end: the generated application on the runtime, written to with
 * the generated inputs, queried with the typed builder over HTTP, and read back into the
 * generated records, nested relations included.
 */
class BlogBackendTest {

    static EnfyraServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = EnfyraServer.start(RuntimeConfig.forTests(DatabaseConfig.of("jdbc:h2:mem:blog_it;DB_CLOSE_DELAY=-1")), new EnfyraApp());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode send(String method, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api" + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, response.body());
        return JSON.readTree(response.body()).get("data");
    }

    static <E> String url(Query<E> query) {
        return "/" + query.table() + "?" + query.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    void writeWithInputsQueryWithTheBuilderReadIntoRecords() throws Exception {
        Users ann = UsersJson.read(send("POST", "/users", new UsersCreate.Builder().email("ann@x.org").displayName("Ann").build().toMap()));
        Tags java = TagsJson.read(send("POST", "/tags", new TagsCreate.Builder().name("java").build().toMap()));
        Posts post = PostsJson.read(send("POST", "/posts", new PostsCreate.Builder().title("Typed all the way")
                .author(ann.id()).status(Posts.Status.PUBLISHED).tags(List.of(java.id())).build().toMap()));
        assertEquals(Posts.Status.PUBLISHED, post.status());
        assertEquals(ann.id(), post.author().id());

        PostsJson.read(send("PATCH", "/posts/" + post.id(), new PostsUpdate.Builder().views(42L).build().toMap()));

        Query<Posts> query = EnfyraSchema.POSTS.query()
                .where(Posts.AUTHOR.dot(Users.EMAIL).eq("ann@x.org").and(Posts.TAGS.some(Tags.NAME.eq("java"))))
                .select(Posts.ID, Posts.TITLE, Posts.VIEWS, Posts.AUTHOR.all(), Posts.TAGS.select(Tags.NAME))
                .orderBy(Posts.VIEWS.desc());
        List<Posts> posts = PostsJson.readAll(send("GET", url(query), null));
        assertEquals(1, posts.size());
        Posts found = posts.get(0);
        assertEquals(42L, found.views());
        assertNull(found.body(), "not selected");
        assertEquals("Ann", found.author().get().displayName());
        assertEquals("java", found.tags().get(0).get().name());
        assertNull(found.tags().get(0).id(), "tags.name selects the name only");
    }

    @Test
    void typedQueryErrorsComeBackAsTheSameBadRequest() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/posts?sort=tags.name")).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertEquals("BAD_REQUEST", JSON.readTree(response.body()).get("error").get("code").asText());
    }
    /** GraphQL through the generated fetchers (one class per table, listed by the application), asked twice. */
    @Test
    void graphQlAnswersThroughTheGeneratedFetchers() throws Exception {
        assertEquals(5, new EnfyraApp().graphQlFetchers(server.runtime()).size());
        assertTrue(new EnfyraApp().graphQlFetchers(server.runtime()).get(0) instanceof UsersGraphQl);
        send("POST", "/tags", new TagsCreate.Builder().name("graphql").build().toMap());
        String body = JSON.writeValueAsString(java.util.Map.of("query", "query($f: JSON) { tags(filter: $f) { data { name } } }",
                "variables", java.util.Map.of("f", java.util.Map.of("name", "graphql"))));
        String first = null;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("{\"data\":{\"tags\":{\"data\":[{\"name\":\"graphql\"}]}}}", response.body());
            first = first == null ? response.body() : first;
            assertEquals(first, response.body());
        }
        assertTrue(server.graphQl().orElseThrow().directAnswers() >= 1, "the second answer came straight from the engine");
    }
}
