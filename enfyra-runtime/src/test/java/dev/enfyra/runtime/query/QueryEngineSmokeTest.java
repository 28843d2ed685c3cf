package dev.enfyra.runtime.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.core.query.QueryParams;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.SchemaBootstrap;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryEngineSmokeTest {

    static Schema schema;
    static Database db;
    static QueryEngine engine;

    @BeforeAll
    static void setUp() {
        schema = TestSchemas.load("blog");
        db = TestDatabases.open(TestDatabases.Kind.H2, "smoke");
        SchemaBootstrap.run(db, schema);
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO \"users\" (\"id\", \"email\", \"displayName\") VALUES ('3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'ann@x.org', 'Ann')");
            h.execute("INSERT INTO \"categories\" (\"name\", \"slug\") VALUES ('News', 'news')");
            h.execute("INSERT INTO \"categories\" (\"name\", \"slug\", \"parentId\") VALUES ('Tech', 'tech', 1)");
            h.execute("INSERT INTO \"posts\" (\"title\", \"authorId\", \"categoryId\", \"views\") VALUES ('Résumé tips', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 2, 5)");
            h.execute("INSERT INTO \"posts\" (\"title\", \"authorId\", \"views\") VALUES ('100% off_sale', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 7)");
            h.execute("INSERT INTO \"tags\" (\"name\") VALUES ('java')");
            h.execute("INSERT INTO \"tags\" (\"name\") VALUES ('sql')");
            h.execute("INSERT INTO \"j_ee1e52bc2158\" (\"sourceId\", \"targetId\") VALUES (1, 1), (1, 2), (2, 2)");
            h.execute("INSERT INTO \"comments\" (\"body\", \"postId\") VALUES ('first', 1), ('second', 1), ('third', 2)");
        });
        engine = new QueryEngine(db, schema);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static List<Map<String, Object>> read(String table, Map<String, List<String>> params) {
        QuerySpec spec = QueryParams.parse(schema, table, params);
        return engine.read(table, spec).data();
    }

    @Test
    void filtersThroughRelationsAndFoldsText() {
        List<Map<String, Object>> rows = read("posts", Map.of(
                "filter", List.of("{\"title\": {\"_contains\": \"RESUME\"}, \"category\": {\"parent\": {\"name\": \"News\"}}}"),
                "fields", List.of("id,title,author.email,tags.name,comments.body")));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Résumé tips", rows.get(0).get("title"));
        assertEquals(Map.of("email", "ann@x.org"), rows.get(0).get("author"));
        assertEquals(List.of(Map.of("name", "java"), Map.of("name", "sql")), rows.get(0).get("tags"));
        assertEquals(2, ((List<?>) rows.get(0).get("comments")).size());
    }

    @Test
    void literalWildcardsAndToManyExists() {
        assertEquals(1, read("posts", Map.of("filter", List.of("{\"title\": {\"_starts_with\": \"100%\"}}"))).size());
        assertEquals(0, read("posts", Map.of("filter", List.of("{\"title\": {\"_contains\": \"e_\"}}"))).size());
        assertEquals(1, read("posts", Map.of("filter", List.of("{\"tags\": {\"name\": \"java\"}}"))).size());
        assertEquals(2, read("posts", Map.of("filter", List.of("{\"comments\": {\"body\": {\"_is_not_null\": true}}}"))).size());
    }

    @Test
    void deepLimitsPerParentAndMetaCounts() {
        QuerySpec spec = QueryParams.parse(schema, "posts", Map.of(
                "fields", List.of("id,comments.body"),
                "deep", List.of("{\"comments\": {\"sort\": \"-id\", \"limit\": 1}}"),
                "meta", List.of("*"),
                "aggregate", List.of("{\"count\": \"*\", \"sum\": \"views\", \"max\": \"views\"}")));
        ReadResult result = engine.read("posts", spec);
        assertEquals(List.of(Map.of("body", "second")), result.data().get(0).get("comments"));
        assertEquals(2L, result.meta().get("totalCount"));
        assertEquals(Map.of("*", 2L), ((Map<?, ?>) result.meta().get("aggregate")).get("count"));
        assertEquals(0, new java.math.BigDecimal(12).compareTo((java.math.BigDecimal) ((Map<?, ?>) ((Map<?, ?>) result.meta().get("aggregate")).get("sum")).get("views")));
    }

    @Test
    void defaultSelectionReturnsRelationsAsIds() {
        Map<String, Object> post = read("posts", Map.of("filter", List.of("{\"id\": 2}"))).get(0);
        assertEquals(Map.of("id", java.util.UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301")), post.get("author"));
        assertEquals(List.of(Map.of("id", 2)), post.get("tags"));
        assertEquals(List.of(Map.of("id", 3)), post.get("comments"));
        assertEquals(null, post.get("category"));
    }
}
