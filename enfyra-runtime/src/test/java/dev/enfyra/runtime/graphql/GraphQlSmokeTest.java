package dev.enfyra.runtime.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.runtime.db.DatabaseConfig;
import dev.enfyra.runtime.query.Statements;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraphQlSmokeTest {

    static TestServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSchemas.load("blog"), DatabaseConfig.of("jdbc:h2:mem:gql_smoke;DB_CLOSE_DELAY=-1"),
                TestSchemas.graphQl("blog"));
        String user = server.post("/api/users", "{\"email\": \"ann@x.org\", \"displayName\": \"Ann\"}").body().get("data").get("id").asText();
        server.post("/api/tags", "{\"name\": \"java\"}");
        server.post("/api/tags", "{\"name\": \"sql\"}");
        for (int i = 1; i <= 25; i++) {
            server.post("/api/posts", "{\"title\": \"Post " + i + "\", \"author\": \"" + user + "\", \"tags\": [1, 2], \"views\": " + i + "}");
            server.post("/api/comments", "{\"body\": \"c" + i + "\", \"post\": " + i + "}");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        TestServer.Response response = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, response.status(), String.valueOf(response.body()));
        return response.body();
    }

    @Test
    void nestedListCostsOneQueryPerRelationLevel() throws Exception {
        long before = Statements.executed();
        JsonNode result = graphql("""
                { posts(limit: 0, sort: ["-views"]) { data { id title author { email } tags(sort: ["-name"]) { name } comments { body post { id } } } } }
                """, Map.of());
        JsonNode data = result.get("data").get("posts").get("data");
        assertEquals(25, data.size(), result.toString());
        assertEquals("Post 25", data.get(0).get("title").asText());
        assertEquals("ann@x.org", data.get(0).get("author").get("email").asText());
        assertEquals("sql", data.get(0).get("tags").get(0).get("name").asText());
        assertEquals("c25", data.get(0).get("comments").get(0).get("body").asText());
        // posts with their authors (a LEFT JOIN), tags, comments, the comments' posts: 4 statements
        // for 25 rows and 3 levels.
        assertEquals(4, Statements.executed() - before);
    }

    @Test
    void filtersTypedOrJsonMetaAndMutations() throws Exception {
        JsonNode typed = graphql("{ posts(where: {title: {_contains: \"post 2\"}, views: {_gte: 20}}) { data { title } meta } }", Map.of());
        assertEquals(6, typed.get("data").get("posts").get("data").size(), typed.toString());
        assertEquals(6, typed.get("data").get("posts").get("meta").get("filterCount").asInt());
        JsonNode json = graphql("query($f: JSON) { posts(filter: $f) { data { id } } }",
                Map.of("f", Map.of("tags", Map.of("name", "java"), "id", Map.of("_lte", 3))));
        assertEquals(3, json.get("data").get("posts").get("data").size(), json.toString());

        JsonNode created = graphql("mutation { create_tags(data: {name: \"helidon\"}) { id name } }", Map.of());
        int id = created.get("data").get("create_tags").get("id").asInt();
        JsonNode updated = graphql("mutation($id: Int!) { update_tags(id: $id, data: {name: \"graphql\"}) { name } }", Map.of("id", id));
        assertEquals("graphql", updated.get("data").get("update_tags").get("name").asText());
        assertEquals(id, graphql("mutation($id: Int!) { delete_tags(id: $id) }", Map.of("id", id)).get("data").get("delete_tags").asInt());
        assertTrue(graphql("{ tags_by_id(id: " + id + ") { id } }", Map.of()).get("data").get("tags_by_id").isNull());
    }

    @Test
    void errorsCarryTheRestCodes() throws Exception {
        JsonNode invalid = graphql("mutation { create_tags(data: {name: \"java\"}) { id } }", Map.of());
        assertEquals("DUPLICATE_RESOURCE", invalid.get("errors").get(0).get("extensions").get("code").asText());
        JsonNode badFilter = graphql("{ posts(filter: {titel: {_eq: \"x\"}}) { data { id } } }", Map.of());
        assertEquals("BAD_REQUEST", badFilter.get("errors").get(0).get("extensions").get("code").asText());
        assertEquals("filter.titel: unknown field \"titel\" on table \"posts\"; did you mean \"title\"?",
                badFilter.get("errors").get(0).get("message").asText());
        JsonNode unknownField = graphql("{ posts { data { nope } } }", Map.of());
        assertEquals("BAD_REQUEST", unknownField.get("errors").get(0).get("extensions").get("code").asText());
        StringBuilder deep = new StringBuilder("{ posts { data { ");
        for (int i = 0; i < 8; i++) {
            deep.append("comments { post { ");
        }
        deep.append("id").append(" } }".repeat(8)).append(" } } }");
        JsonNode tooDeep = graphql(deep.toString(), Map.of());
        assertEquals("BAD_REQUEST", tooDeep.get("errors").get(0).get("extensions").get("code").asText(), tooDeep.toString());
    }

    @Test
    void limitsHoldForRepeatedDocumentsAndDirectives() throws Exception {
        // The same text twice: the second run comes from the document cache and is refused again.
        // 600 aliases of posts { data { ...P } }: 600 x (2 + 7) fields = 5,400, within graphql-java's token limit.
        StringBuilder aliases = new StringBuilder("fragment P on posts { id title views author { email } comments { body } } { ");
        for (int i = 0; i < 600; i++) {
            aliases.append("p").append(i).append(": posts { data { ...P } } ");
        }
        String complex = aliases.append("}").toString();
        for (int run = 0; run < 2; run++) {
            JsonNode refused = graphql(complex, Map.of());
            assertEquals("BAD_REQUEST", refused.get("errors").get(0).get("extensions").get("code").asText(), refused.toString());
            assertEquals("maximum query complexity exceeded 5400 > 5000", refused.get("errors").get(0).get("message").asText());
            assertTrue(refused.get("data") == null || refused.get("data").isNull(), refused.toString());
        }
        // A depth that depends on a variable is measured with that variable at every run.
        StringBuilder deep = new StringBuilder("query($deep: Boolean!) { posts { data { id comments @include(if: $deep) { ");
        for (int i = 0; i < 6; i++) {
            deep.append("post { comments { ");
        }
        deep.append("id").append(" } }".repeat(6)).append(" } } } }");
        JsonNode shallow = graphql(deep.toString(), Map.of("deep", false));
        assertEquals(10, shallow.get("data").get("posts").get("data").size(), shallow.toString());
        JsonNode tooDeep = graphql(deep.toString(), Map.of("deep", true));
        assertTrue(tooDeep.get("errors").get(0).get("message").asText().startsWith("maximum query depth exceeded"), tooDeep.toString());
        // A cached document with other variables answers for those variables.
        String byViews = "query($min: BigInt) { posts(where: {views: {_gte: $min}}, limit: 0) { data { id } } }";
        assertEquals(6, graphql(byViews, Map.of("min", 20)).get("data").get("posts").get("data").size());
        assertEquals(25, graphql(byViews, Map.of("min", 1)).get("data").get("posts").get("data").size());
    }
}
