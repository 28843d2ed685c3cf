package dev.enfyra.runtime.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.runtime.app.RuntimeConfig;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.migrate.MigrationSettings;
import dev.enfyra.runtime.query.Statements;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.testing.TestServer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Simple queries seen before are answered straight from the query engine ({@link DirectPlan},
 * {@link DirectAnswer}): the answer must be byte for byte what graphql-java answers (an engine
 * of the same runtime with the direct answers off is the reference), every other document and
 * every doubtful request must go to graphql-java, and the direct answers can be turned off.
 */
class GraphQlDirectTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SDL = TestSchemas.graphQl("blog");
    static TestServer server;
    static GraphQlEngine engine;
    static GraphQlEngine reference;
    static String user;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSchemas.load("blog"), DatabaseConfig.of("jdbc:h2:mem:gql_direct;DB_CLOSE_DELAY=-1"), SDL);
        engine = server.server().graphQl().orElseThrow();
        reference = new GraphQlEngine(server.server().runtime(), SDL, List.of(), GraphQlEngine.Limits.DEFAULT, false);
        user = server.post("/api/users", "{\"email\": \"ann@x.org\", \"displayName\": \"Ann\"}").body().get("data").get("id").asText();
        String bob = server.post("/api/users", "{\"email\": \"bob@x.org\"}").body().get("data").get("id").asText();
        server.post("/api/tags", "{\"name\": \"java\"}");
        server.post("/api/tags", "{\"name\": \"sql\"}");
        for (int i = 1; i <= 12; i++) {
            String full = i % 3 == 0 ? "" : ", \"price\": " + i + ".50, \"rating\": " + (i / 4.0) + ", \"publicId\": \"00000000-0000-0000-0000-00000000000"
                    + (i % 10) + "\", \"publishedAt\": \"2024-01-0" + (1 + i % 9) + "T10:00:00Z\", \"publishOn\": \"2024-02-0" + (1 + i % 9)
                    + "\", \"labels\": [\"featured\", \"pinned\"], \"meta\": {\"n\": " + i + ", \"d\": 1.10, \"t\": [true, null]}";
            String author = ", \"author\": \"" + (i % 4 == 0 ? bob : user) + "\"";
            TestServer.Response created = server.post("/api/posts", "{\"title\": \"Post " + i + " é\", \"views\": " + (i * 1_000_000_000L)
                    + author + ", \"tags\": [1" + (i % 2 == 0 ? ", 2" : "") + "]" + full + "}");
            assertEquals(201, created.status(), created.text());
            server.post("/api/comments", "{\"body\": \"c" + i + "\", \"post\": " + i + "}");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The raw answer of POST /graphql. */
    static String ask(String query, Map<String, Object> variables, String operationName) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        body.put("operationName", operationName);
        try {
            TestServer.Response response = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            assertEquals(200, response.status(), response.text());
            return response.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What graphql-java answers, written as the service writes it. */
    static String graphqlJava(String query, Map<String, Object> variables, String operationName) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            GraphQlJson.write(json, reference.execute(query, variables, operationName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Asks three times; the first answer is graphql-java's, and the next two must be the same
     * bytes as the reference's. Answers how many of them were direct.
     */
    static long same(String query, Map<String, Object> variables, String operationName) {
        long before = engine.directAnswers();
        String expected = graphqlJava(query, variables, operationName);
        for (int time = 1; time <= 3; time++) {
            assertEquals(expected, ask(query, variables, operationName), "time " + time + ": " + query + " " + variables);
        }
        return engine.directAnswers() - before;
    }

    static long same(String query, Map<String, Object> variables) {
        return same(query, variables, null);
    }

    @Test
    void simpleQueriesAreAnsweredDirectlyWithGraphQlJavasBytes() {
        List<String> simple = List.of(
                "{ posts(limit: 0, sort: \"id\") { data { id title body status price views rating publicId publishedAt publishOn labels meta"
                        + " createdAt updatedAt } } }",
                "{ posts(sort: [\"-views\", \"id\"], limit: 5, page: 2) { meta __typename data { __typename t: title author { email displayName"
                        + " posts { id } } category { id } tags { name } comments { body post { title } } } } }",
                "{ renamed: posts(filter: {title: {_contains: \"1\"}}, limit: 0) { data { id } } }",
                "{ posts(filter: \"{\\\"views\\\": {\\\"_gt\\\": 5000000000}}\", limit: 0) { data { views } meta } }",
                "{ posts(limit: 0) { meta } }",
                "{ posts_by_id(id: 3) { id title author { email } tags { name } } }",
                "{ posts_by_id(id: 999) { id } }",
                "{ users(sort: \"email\") { data { email posts { title } } } }",
                "query Named { users_by_id(id: \"" + user + "\") { email posts { id labels } } }");
        for (String query : simple) {
            assertEquals(2, same(query, Map.of()), "answered directly the second and third time: " + query);
        }
        assertEquals(2, same("query Named { posts(limit: 2) { data { id } } }", Map.of(), "Named"));
    }

    @Test
    void variablesAreCoercedAsGraphQlJavaCoercesThem() {
        String query = "query($f: JSON, $s: [String!], $l: Int, $p: Int) { posts(filter: $f, sort: $s, limit: $l, page: $p) { data { id title } meta } }";
        assertEquals(2, same(query, Map.of("f", Map.of("views", Map.of("_gte", 3_000_000_000L)), "s", List.of("-id"), "l", 3, "p", 2)));
        // Planned now: every answer is direct. A single sort string for a list, variables left out, an explicit null.
        assertEquals(3, same(query, Map.of("s", "-title")));
        assertEquals(3, same(query, Map.of()));
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("f", null);
        nulls.put("l", null);
        assertEquals(3, same(query, nulls));
        String byId = "query($id: Int!) { posts_by_id(id: $id) { title author { displayName } } }";
        assertEquals(2, same(byId, Map.of("id", 5)));
        assertEquals(2, same("query($id: UUID!) { users_by_id(id: $id) { email } }", Map.of("id", user)));
    }

    @Test
    void doubtfulRequestsGoToGraphQlJava() {
        String query = "query($l: Int, $f: JSON) { posts(limit: $l, filter: $f) { data { id } } }";
        same(query, Map.of("l", 1));
        // Errors on a planned document: each is graphql-java's answer, with its code.
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("l", "many"), Map.<String, Object>of("l", 2_000_000_000_000L),
                Map.<String, Object>of("f", Map.of("title", Map.of("_eqq", 1))), Map.<String, Object>of("l", -1))) {
            assertEquals(0, same(query, bad), "not direct: " + bad);
            assertTrue(ask(query, bad, null).contains("\"code\":\"BAD_REQUEST\""), ask(query, bad, null));
        }
        assertEquals(0, same("query($id: Int!) { posts_by_id(id: $id) { id } }", Map.of()));
        // An operation name that is not the document's: graphql-java's error, a request error.
        assertEquals(0, same("query A { posts { data { id } } }", Map.of(), "B"));
        assertTrue(ask("query A { posts { data { id } } }", Map.of(), "B").contains("\"code\":\"BAD_REQUEST\""));
        assertEquals(0, same("query($id: UUID!) { users_by_id(id: $id) { email } }", Map.of("id", "not-a-uuid")));
    }

    @Test
    void otherDocumentsAreGraphQlJavas() {
        List<String> others = List.of(
                "{ posts { ...F } } fragment F on postsResult { data { id } }",
                "{ posts { ... on postsResult { data { id } } } }",
                "query($i: Boolean!) { posts { data { id title @include(if: $i) } } }",
                "{ posts { data { id } } users { data { id } } }",
                "{ a: posts { data { id } } b: posts { data { title } } }",
                "{ posts { data { id id } } }",
                "{ posts { data { id author { id } author { email } } } }",
                "{ posts { data { id tags(sort: \"-name\") { name } } } }",
                "{ posts(where: {views: {_gt: 1}}) { data { id } } }",
                "{ posts(aggregate: {count: \"*\"}) { meta } }",
                "query($l: Int = 2) { posts(limit: $l) { data { id } } }",
                "{ __typename posts { data { id } } }",
                "{ __schema { queryType { name } } }",
                "{ posts(filter: {title: $missing}) { data { id } } }");
        for (String query : others) {
            Map<String, Object> vars = query.contains("$i") ? Map.of("i", true) : Map.of();
            assertEquals(0, same(query, vars), "graphql-java's: " + query);
        }
        long before = engine.directAnswers();
        String mutation = "mutation { create_tags(data: {name: \"t\"}) { id } }";
        ask(mutation, Map.of(), null);
        ask(mutation, Map.of(), null);
        assertEquals(before, engine.directAnswers(), "mutations are graphql-java's");
    }

    /** A direct answer costs the statements graphql-java's costs: one per relation level. */
    @Test
    void directAnswersReadAsGraphQlJavaReads() {
        String query = "{ posts(limit: 0) { data { id author { email } tags { name } comments { body } } } }";
        ask(query, Map.of(), null);
        long before = Statements.executed();
        long direct = engine.directAnswers();
        ask(query, Map.of(), null);
        assertEquals(direct + 1, engine.directAnswers());
        assertEquals(3, Statements.executed() - before, "posts with their authors joined, tags, comments");
    }

    @Test
    void directAnswersCanBeTurnedOff() {
        RuntimeConfig tests = RuntimeConfig.forTests(DatabaseConfig.of("jdbc:h2:mem:gql_direct_off;DB_CLOSE_DELAY=-1"));
        RuntimeConfig off = new RuntimeConfig(tests.host(), tests.port(), tests.basePath(), tests.maxBodyBytes(), false, tests.db(),
                new RuntimeConfig.GraphQl(true, false, 12, 5000, false), MigrationSettings.DEFAULT, null);
        try (TestServer other = TestServer.start(off, TestServer.application(TestSchemas.load("blog"), SDL, List.of()))) {
            for (int i = 0; i < 3; i++) {
                TestServer.Response answer = other.post("/graphql", "{\"query\": \"{ posts { data { id } } }\"}");
                assertEquals("{\"data\":{\"posts\":{\"data\":[]}}}", answer.text());
            }
            assertEquals(0, other.server().graphQl().orElseThrow().directAnswers());
        }
    }
    /**
     * An application's own fetchers for a table (the generated {@code TagsGraphQl}, say, with a
     * read overridden) are the ones that run, every time: no direct answer skips them.
     */
    @Test
    void aTablesOwnFetchersRunEveryTime() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        dev.enfyra.runtime.app.EnfyraApplication blog = TestServer.application(TestSchemas.load("blog"), SDL, List.of());
        dev.enfyra.runtime.app.EnfyraApplication app = new dev.enfyra.runtime.app.EnfyraApplication() {
            @Override
            public dev.enfyra.core.schema.Schema schema() {
                return blog.schema();
            }

            @Override
            public List<dev.enfyra.runtime.http.TableResource> resources(dev.enfyra.runtime.app.EnfyraRuntime runtime) {
                return blog.resources(runtime);
            }

            @Override
            public java.util.Optional<String> graphQlSchema() {
                return blog.graphQlSchema();
            }

            @Override
            public List<TableFetchers> graphQlFetchers(dev.enfyra.runtime.app.EnfyraRuntime runtime) {
                return List.of(new TableFetchers(runtime, "tags") {
                    @Override
                    public graphql.schema.DataFetcher<Object> list() {
                        graphql.schema.DataFetcher<Object> list = super.list();
                        return env -> {
                            calls.incrementAndGet();
                            return list.get(env);
                        };
                    }
                }, new TableFetchers(runtime, "posts"));
            }
        };
        try (TestServer other = TestServer.start(RuntimeConfig.forTests(DatabaseConfig.of("jdbc:h2:mem:gql_own;DB_CLOSE_DELAY=-1")), app)) {
            GraphQlEngine own = other.server().graphQl().orElseThrow();
            for (int i = 0; i < 3; i++) {
                assertEquals("{\"data\":{\"tags\":{\"data\":[]}}}", other.post("/graphql", "{\"query\": \"{ tags { data { id } } }\"}").text());
                assertEquals("{\"data\":{\"posts\":{\"data\":[]}}}", other.post("/graphql", "{\"query\": \"{ posts { data { id } } }\"}").text());
            }
            assertEquals(3, calls.get(), "the tags' own list ran every time");
            assertEquals(2, own.directAnswers(), "posts (the runtime's fetchers, as given) answered directly after the first time");
        }
    }
}
