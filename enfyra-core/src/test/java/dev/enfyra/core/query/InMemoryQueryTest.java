package dev.enfyra.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The in-memory reference on the fixture: filter, order, paging, shaping, deep, meta and aggregates. */
class InMemoryQueryTest {
    private final QueryFixture fixture = new QueryFixture();

    private InMemoryQuery.Result run(String table, String... params) {
        Map<Integer, Map<String, Object>> rows = switch (table) {
            case "users" -> fixture.users;
            case "posts" -> fixture.posts;
            case "comments" -> fixture.comments;
            default -> fixture.tags;
        };
        return InMemoryQuery.run(QueryFixture.SCHEMA, table, Q.parse(table, params), fixture.rows(rows));
    }

    private static List<Object> ids(InMemoryQuery.Result result) {
        return result.data().stream().map(row -> row.get("id")).toList();
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    @Test
    void defaultsAreTenRowsByIdWithRelationsAsIds() {
        InMemoryQuery.Result result = run("posts");
        assertEquals(List.of(10, 11, 12, 13), ids(result));
        assertEquals(row("id", 10, "title", "Résumé tips", "prio", 2,
                "createdAt", OffsetDateTime.parse("2024-03-01T00:00:00Z"), "author", Map.of("id", 1),
                "comments", List.of(Map.of("id", 100), Map.of("id", 101)),
                "tags", List.of(Map.of("id", 1000), Map.of("id", 1001))), result.data().get(0));
        assertNull(result.data().get(2).get("author"), "post 12 has no author");
        assertEquals(List.of("id", "title", "prio", "createdAt", "author", "comments", "tags"),
                List.copyOf(result.data().get(0).keySet()));
        assertEquals(Map.of(), result.meta());
    }

    @ParameterizedTest(name = "{0} sort={1}")
    @CsvSource(delimiter = '|', textBlock = """
            users    | age           | 3, 1, 4, 2
            users    | -age          | 2, 4, 1, 3
            users    | name          | 1, 3, 2, 4
            users    | -name         | 4, 2, 3, 1
            users    | lastLogin     | 4, 3, 1, 2
            users    | -balance,age  | 3, 1, 2, 4
            posts    | author.name   | 10, 13, 11, 12
            posts    | -author.name  | 12, 11, 10, 13
            posts    | -author       | 12, 11, 10, 13
            posts    | prio,-id      | 12, 13, 10, 11
            comments | post.author.name,-body | 100, 103, 101, 102
            """)
    void sortPutsNullLastAscendingFirstDescendingAndTextByCodePoint(String table, String sort, String expected) {
        List<Object> ids = List.of(expected.split(", ")).stream().map(s -> (Object) Integer.valueOf(s)).toList();
        assertEquals(ids, ids(run(table, "sort", sort)));
    }

    @Test
    void pagingSkipsWholePages() {
        assertEquals(List.of(12, 13), ids(run("posts", "limit", "2", "page", "2")));
        assertEquals(List.of(), ids(run("posts", "limit", "2", "page", "3")));
        // -createdAt puts post 12 (NULL) first: 12, 13, 10, 11.
        assertEquals(List.of(13), ids(run("posts", "limit", "1", "page", "2", "sort", "-createdAt")));
        assertEquals(List.of(100, 101, 102, 103), ids(run("comments", "limit", "0")));
    }

    @Test
    void filterFoldsAccentsAndFollowsNullableRelations() {
        assertEquals(List.of(10), ids(run("posts", "filter", "{\"title\": {\"_contains\": \"RESUME\"}}")));
        assertEquals(List.of(10, 11), ids(run("posts", "filter", "{\"tags\": {\"name\": \"café\"}}")));
        assertEquals(List.of(12), ids(run("posts", "filter", "{\"author\": null}")));
        assertEquals(List.of(10, 11, 13), ids(run("posts", "filter", "{\"author\": {\"name\": {\"_neq\": \"x\"}}}")));
    }

    @Test
    void fieldsShapeNestedRowsAndNeverShowUnpublishedColumns() {
        InMemoryQuery.Result result = run("posts", "fields", "title,author.name,tags.name", "sort", "id");
        assertEquals(row("title", "Résumé tips", "author", row("name", "Zoë"),
                "tags", List.of(row("name", "java"), row("name", "café"))), result.data().get(0));
        assertEquals(row("title", "apple pie", "author", null, "tags", List.of()), result.data().get(2));
        Map<String, Object> user = run("users", "fields", "-age,-posts,-comments").data().get(0);
        assertEquals(List.of("id", "name", "role", "lastLogin", "balance", "settings"), List.copyOf(user.keySet()));
        assertEquals(row("id", 1000, "posts", List.of(row("id", 10), row("id", 13))),
                run("tags", "fields", "id,posts").data().get(0));
        assertEquals(row("id", 1002, "posts", List.of()), run("tags", "fields", "id,posts").data().get(2));
    }

    @Test
    void deepFiltersSortsAndPagesPerParentRow() {
        InMemoryQuery.Result result = run("users", "fields", "id,posts.title",
                "deep", "{\"posts\": {\"sort\": \"-createdAt\", \"limit\": 1}}");
        assertEquals(List.of(
                row("id", 1, "posts", List.of(row("title", "Ça va"))),
                row("id", 2, "posts", List.of(row("title", "Zebra facts"))),
                row("id", 3, "posts", List.of()),
                row("id", 4, "posts", List.of())), result.data());
        InMemoryQuery.Result page2 = run("users", "fields", "id", "filter", "{\"id\": 1}",
                "deep", "{\"posts\": {\"fields\": \"id\", \"sort\": \"-createdAt\", \"limit\": 1, \"page\": 2}}");
        assertEquals(List.of(row("id", 1, "posts", List.of(row("id", 10)))), page2.data());
    }

    @Test
    void nestedDeepAppliesAtEachLevel() {
        InMemoryQuery.Result result = run("posts", "fields", "id", "filter", "{\"id\": 10}",
                "deep", "{\"comments\": {\"fields\": \"body,author.name\", \"filter\": {\"body\": {\"_contains\": \"TRÈS\"}}},"
                        + " \"author\": {\"fields\": \"name\", \"deep\": {\"posts\": {\"fields\": \"id\", \"sort\": \"-id\"}}}}");
        assertEquals(List.of(row("id", 10,
                "author", row("name", "Zoë", "posts", List.of(row("id", 13), row("id", 10))),
                "comments", List.of(row("body", "Très bien", "author", null)))), result.data());
    }

    @Test
    void metaCountsBeforePaging() {
        InMemoryQuery.Result result = run("posts", "meta", "*", "limit", "1", "filter", "{\"prio\": 2}");
        assertEquals(Map.of("totalCount", 4L, "filterCount", 2L), result.meta());
        assertEquals(List.of("totalCount", "filterCount"), List.copyOf(result.meta().keySet()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aggregatesSkipNullsOverTheMatchingRows() {
        Map<String, Object> meta = run("users", "limit", "1", "aggregate", "{\"count\": [\"*\", \"age\", \"name\"],"
                + " \"sum\": [\"age\", \"balance\"], \"avg\": \"age\", \"min\": [\"name\", \"lastLogin\"],"
                + " \"max\": \"balance\"}").meta();
        Map<String, Map<String, Object>> aggregate = (Map<String, Map<String, Object>>) meta.get("aggregate");
        assertEquals(List.of("count", "sum", "avg", "min", "max"), List.copyOf(aggregate.keySet()));
        assertEquals(Map.of("*", 4L, "age", 3L, "name", 3L), aggregate.get("count"));
        assertEquals(0, new BigDecimal("96").compareTo((BigDecimal) aggregate.get("sum").get("age")));
        assertEquals(new BigDecimal("13.50"), aggregate.get("sum").get("balance"));
        assertEquals(0, new BigDecimal("32").compareTo((BigDecimal) aggregate.get("avg").get("age")));
        assertEquals("Zoë", aggregate.get("min").get("name"));
        assertEquals(OffsetDateTime.parse("2023-12-31T23:00:00Z"), aggregate.get("min").get("lastLogin"));
        assertEquals(new BigDecimal("10.50"), aggregate.get("max").get("balance"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aggregatesOfNoValuesAreNullButCountsAreZero() {
        Map<String, Map<String, Object>> aggregate = (Map<String, Map<String, Object>>) run("users",
                "filter", "{\"id\": 2}", "aggregate", "{\"count\": \"age\", \"sum\": \"age\", \"max\": \"age\"}")
                .meta().get("aggregate");
        Map<String, Object> sum = new HashMap<>();
        sum.put("age", null);
        assertEquals(Map.of("age", 0L), aggregate.get("count"));
        assertEquals(sum, aggregate.get("sum"));
        assertEquals(sum, aggregate.get("max"));
    }

    @Test
    void aRowMissingANeededValueIsAProgrammingError() {
        Map<String, Object> partial = new HashMap<>();
        partial.put("id", 1);
        QuerySpec spec = Q.parse("tags", "fields", "id,name");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InMemoryQuery.run(QueryFixture.SCHEMA, "tags", spec, List.of(partial)));
        assertEquals("row of table \"tags\" has no value for \"name\"", e.getMessage());
    }
}
