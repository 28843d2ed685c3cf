package dev.enfyra.runtime.conformance;

import static dev.enfyra.runtime.conformance.Fixture.HUONG;
import static dev.enfyra.runtime.conformance.Fixture.ZOLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.conformance.ConformanceGraphQlReadTest.Gql;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import dev.enfyra.runtime.testing.TestServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cases of {@link ConformanceRestWriteTest} as GraphQL mutations, on every database: create,
 * update and delete answer the saved row as REST then reads it; many-to-many lists replace the
 * links; validation errors, duplicates, missing references and restricted deletes are GraphQL
 * errors with the code, message and details REST gives for the same body (a body GraphQL's
 * own types refuse is a BAD_REQUEST, and nothing is written). After each test every table reads
 * through GraphQL as through REST, and through REST as the reference reads the database.
 */
class ConformanceGraphQlWriteTest {

    private static final PerKind<Gql> ENVS = new PerKind<>(kind -> Gql.conformance(kind, "gql_write"));
    private static final String MISSING_UUID = "00000000-0000-4000-8000-000000000000";

    @AfterAll
    static void closeAll() throws Exception {
        ENVS.closeAll();
    }

    /** A mutation (the reference reads again afterwards). */
    private static JsonNode mutate(Gql env, String mutation, String variables) {
        try {
            return env.graphql(mutation, variables == null ? null : Gql.parse(variables));
        } finally {
            env.changed();
        }
    }

    private static JsonNode mutate(Gql env, String mutation) {
        return mutate(env, mutation, null);
    }

    /** The field's value of a mutation that must succeed. */
    private static JsonNode ok(JsonNode answer, String field) {
        return Gql.data(answer, field);
    }

    private static TestServer.Response rest(Gql env, String method, String path, String body) {
        try {
            return switch (method) {
                case "POST" -> env.server.post("/api/" + path, body);
                case "PATCH" -> env.server.patch("/api/" + path, body);
                case "DELETE" -> env.server.delete("/api/" + path);
                default -> env.server.get("/api/" + path);
            };
        } finally {
            env.changed();
        }
    }

    /**
     * The same write refused by REST ({@code status}, {@code code}) and by GraphQL: the same code,
     * message and details, no data; returns the fields the details name.
     */
    private static List<String> sameError(Gql env, String method, String path, String body, int status, String code,
            String mutation, String variables, String field) {
        TestServer.Response rest = rest(env, method, path, body);
        assertEquals(status, rest.status(), String.valueOf(rest.body()));
        assertEquals(code, rest.body().get("error").get("code").asText(), rest.body().toString());
        JsonNode answer = mutate(env, mutation, variables);
        assertEquals(null, Gql.sameError(rest.body(), answer, field, true), mutation + " " + variables);
        assertTrue(answer.path("data").isNull() || answer.path("data").path(field).isNull(), answer.toString());
        List<String> fields = new ArrayList<>();
        Gql.error(answer).get("extensions").path("details").forEach(d -> fields.add(d.get("field").asText()));
        return fields;
    }

    /** A write GraphQL's own types refuse: BAD_REQUEST, no data, nothing written. */
    private static void refusedByGraphQl(Gql env, String mutation, String variables) {
        JsonNode answer = mutate(env, mutation, variables);
        assertEquals("BAD_REQUEST", Gql.code(answer), mutation + " " + variables + " -> " + answer);
        assertTrue(answer.path("data").isMissingNode() || answer.path("data").isNull(), answer.toString());
    }

    private static long count(Gql env, String table) {
        String sql = "SELECT COUNT(*) FROM " + env.database().dialect().quoting().quote(table);
        return env.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static long links(Gql env, int bookId) {
        var q = env.database().dialect().quoting();
        String sql = "SELECT COUNT(*) FROM " + q.quote("j_184c6e8b6e1c") + " WHERE " + q.quote("sourceId") + " = " + bookId;
        return env.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** The row GraphQL answered, as REST reads it now with the fields it holds. */
    private static void readsAsRest(Gql env, String table, Object id, JsonNode row) {
        Table t = env.schema.requireTable(table);
        List<String> fields = new ArrayList<>();
        paths(env, t, row, "", fields);
        TestServer.Response rest = env.server.get("/api/" + table + "/" + id, Map.of("fields", String.join(",", fields)));
        assertEquals(200, rest.status(), String.valueOf(rest.body()));
        assertEquals(null, Answers.diff(Gql.sortedKeys(rest.body().get("data")), Gql.sortedKeys(row)), row.toString());
    }

    private static void paths(Gql env, Table table, JsonNode row, String prefix, List<String> out) {
        row.properties().forEach(e -> {
            var relation = table.relation(e.getKey());
            if (relation.isEmpty()) {
                out.add(prefix + e.getKey());
                return;
            }
            Table target = env.schema.requireTable(relation.get().targetTable());
            JsonNode value = e.getValue();
            JsonNode sample = value.isArray() ? (value.isEmpty() ? null : value.get(0)) : value;
            if (sample == null || sample.isNull()) {
                out.add(prefix + e.getKey() + "." + target.primaryKey().name());
            } else {
                paths(env, target, sample, prefix + e.getKey() + ".", out);
            }
        });
    }

    /** Every table, every row, every published field: through GraphQL as through REST, and REST as the reference. */
    private static void everyTableReadsAsTheReference(Gql env) {
        env.changed();
        List<String> failures = new ArrayList<>();
        for (Table table : env.schema.tables()) {
            failures.addAll(env.compare(table.name(), Map.of("limit", "0", "sort", table.primaryKey().name())).failures());
        }
        assertEquals(List.of(), failures);
    }

    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }

    /** Every published column of {@code table}, for a selection set. */
    private static String columns(Gql env, String table) {
        return String.join(" ", env.schema.requireTable(table).columns().stream().filter(c -> c.published()).map(c -> c.name()).toList());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createAnswersTheSavedRow(Kind kind) {
        Gql env = ENVS.get(kind);
        Instant before = Instant.now().minusSeconds(60);
        JsonNode book = ok(mutate(env, "mutation($d: booksCreateInput!) { create_books(data: $d) { " + columns(env, "books")
                + " author { name } editor { name } series { id } tags { name } } }",
                "{\"d\": {\"title\": \"Nouveau livre ü\", \"pages\": 12, \"price\": \"3.50\", \"score\": 0.1,"
                        + " \"publishedAt\": \"2024-01-31T12:00:00+01:00\", \"releaseOn\": \"2024-02-29\", \"featured\": true,"
                        + " \"format\": \"ebook\", \"author\": \"" + ZOLA + "\", \"editor\": \"" + HUONG + "\","
                        + " \"series\": 1, \"tags\": [1, 2]}}"), "create_books");
        assertEquals("Nouveau livre ü", book.get("title").asText());
        assertEquals(0, book.get("price").decimalValue().compareTo(new BigDecimal("3.5")));
        assertEquals("2024-01-31T11:00:00Z", book.get("publishedAt").asText());
        assertEquals("2024-02-29", book.get("releaseOn").asText());
        assertEquals("Émile Zola", book.get("author").get("name").asText());
        assertEquals("Hồ Xuân Hương", book.get("editor").get("name").asText());
        assertEquals("[{\"name\":\"classic\"},{\"name\":\"poésie\"}]", book.get("tags").toString());
        assertEquals(1, book.get("series").get("id").intValue());
        assertTrue(book.get("subtitle").isNull() && book.get("notes").isNull());
        Instant createdAt = instant(book.get("createdAt"));
        assertEquals(createdAt, instant(book.get("updatedAt")), "a new row was created and updated at once");
        assertTrue(createdAt.isAfter(before) && createdAt.isBefore(Instant.now().plusSeconds(60)), createdAt.toString());
        int id = book.get("id").intValue();
        readsAsRest(env, "books", id, book);
        assertEquals(2, links(env, id));
        // The same body inline, with a literal: the same row but for its key and times.
        JsonNode inline = ok(mutate(env, "mutation { create_books(data: {title: \"Nouveau livre ü\", pages: 12, price: 3.50, score: 0.1,"
                + " publishedAt: \"2024-01-31T12:00:00+01:00\", releaseOn: \"2024-02-29\", featured: true, format: \"ebook\","
                + " author: \"" + ZOLA + "\", editor: \"" + HUONG + "\", series: 1, tags: [1, 2]}) { " + columns(env, "books")
                + " author { name } editor { name } series { id } tags { name } } }"), "create_books");
        readsAsRest(env, "books", inline.get("id").intValue(), inline);
        for (String same : List.of("title", "price", "publishedAt", "releaseOn", "author", "editor", "tags", "series")) {
            assertEquals(book.get(same).toString().replace("3.50", "3.5"), inline.get(same).toString().replace("3.50", "3.5"), same);
        }
        // And as REST creates it from the same body.
        JsonNode viaRest = rest(env, "POST", "books", "{\"title\": \"Nouveau livre ü\", \"pages\": 12, \"price\": \"3.50\", \"score\": 0.1,"
                + " \"publishedAt\": \"2024-01-31T12:00:00+01:00\", \"releaseOn\": \"2024-02-29\", \"featured\": true,"
                + " \"format\": \"ebook\", \"author\": \"" + ZOLA + "\", \"editor\": \"" + HUONG + "\", \"series\": 1, \"tags\": [1, 2]}")
                .body().get("data");
        for (String column : List.of("title", "subtitle", "pages", "sales", "price", "score", "publishedAt", "releaseOn", "featured",
                "isbn", "format", "notes")) {
            assertEquals(null, Answers.diff(viaRest.get(column), book.get(column)), column);
        }
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void generatedUuidKeysAndDefaults(Kind kind) {
        Gql env = ENVS.get(kind);
        String selection = "{ " + columns(env, "authors") + " city { id } mentor { id } mentees { id } profile { id } }";
        JsonNode first = ok(mutate(env, "mutation { create_authors(data: {name: \"Ада\", email: \"ada@uuid.test\"}) " + selection + " }"),
                "create_authors");
        JsonNode second = ok(mutate(env, "mutation($d: authorsCreateInput!) { create_authors(data: $d) " + selection + " }",
                "{\"d\": {\"name\": \"Bea\", \"email\": \"bea@uuid.test\", \"active\": false}}"), "create_authors");
        UUID a = UUID.fromString(first.get("id").asText());
        UUID b = UUID.fromString(second.get("id").asText());
        assertEquals(7, a.version(), a.toString());
        assertEquals(2, a.variant(), a.toString());
        assertNotEquals(a, b);
        assertTrue(a.toString().compareTo(b.toString()) < 0 || a.getMostSignificantBits() >>> 16 == b.getMostSignificantBits() >>> 16,
                "time-ordered: " + a + " then " + b);
        assertTrue(first.get("active").booleanValue(), "the schema's default");
        assertFalse(second.get("active").booleanValue());
        assertTrue(first.get("level").isNull() && first.get("city").isNull() && first.get("mentees").isEmpty());
        readsAsRest(env, "authors", a, first);
        assertEquals(first, ok(env.graphql("query($id: UUID!) { authors_by_id(id: $id) " + selection + " }",
                Gql.parse("{\"id\": \"" + a + "\"}")), "authors_by_id"));
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateChangesTheGivenFieldsAndUpdatedAt(Kind kind) throws InterruptedException {
        Gql env = ENVS.get(kind);
        String selection = "{ " + columns(env, "books") + " author { id } editor { id } series { id } tags { id } reviews { id } }";
        JsonNode book = ok(mutate(env, "mutation { create_books(data: {title: \"Draft\", pages: 5, price: 1.25, author: \"" + ZOLA
                + "\", editor: \"" + HUONG + "\", series: 1, tags: [4]}) " + selection + " }"), "create_books");
        int id = book.get("id").intValue();
        Thread.sleep(15);
        JsonNode updated = ok(mutate(env, "mutation($id: Int!, $d: booksUpdateInput!) { update_books(id: $id, data: $d) " + selection + " }",
                "{\"id\": " + id + ", \"d\": {\"title\": \"Final\", \"pages\": null, \"editor\": null, \"series\": 2,"
                        + " \"subtitle\": \"exactly forty characters long, not more!\"}}"), "update_books");
        assertEquals("Final", updated.get("title").asText());
        assertTrue(updated.get("pages").isNull() && updated.get("editor").isNull());
        assertEquals(2, updated.get("series").get("id").intValue());
        assertEquals(0, updated.get("price").decimalValue().compareTo(new BigDecimal("1.25")), "untouched");
        assertEquals("[{\"id\":4}]", updated.get("tags").toString(), "links not given are kept");
        assertEquals(book.get("createdAt"), updated.get("createdAt"));
        assertTrue(instant(updated.get("updatedAt")).isAfter(instant(book.get("updatedAt"))), updated.toString());
        readsAsRest(env, "books", id, updated);
        Thread.sleep(15);
        JsonNode touched = ok(mutate(env, "mutation { update_books(id: " + id + ", data: {}) { updatedAt } }"), "update_books");
        assertTrue(instant(touched.get("updatedAt")).isAfter(instant(updated.get("updatedAt"))));
        // Inline nulls are nulls too.
        JsonNode cleared = ok(mutate(env, "mutation { update_books(id: " + id + ", data: {subtitle: null, series: null}) { subtitle series { id } } }"),
                "update_books");
        assertEquals("{\"subtitle\":null,\"series\":null}", cleared.toString());
        sameError(env, "PATCH", "books/999999", "{\"title\": \"x\"}", 404, "RESOURCE_NOT_FOUND",
                "mutation { update_books(id: 999999, data: {title: \"x\"}) { id } }", null, "update_books");
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void manyToManyListsReplaceTheLinks(Kind kind) {
        Gql env = ENVS.get(kind);
        int id = ok(mutate(env, "mutation { create_books(data: {title: \"Linked\", author: \"" + ZOLA + "\", tags: [1, 2, 3]}) { id } }"),
                "create_books").get("id").intValue();
        assertEquals(3, links(env, id));
        String update = "mutation($id: Int!, $tags: [Int!]) { update_books(id: $id, data: {tags: $tags}) { tags { id } } }";
        assertEquals("[{\"id\":3},{\"id\":4}]", ok(mutate(env, update, "{\"id\": " + id + ", \"tags\": [4, 3]}"), "update_books")
                .get("tags").toString());
        assertEquals(2, links(env, id));
        assertEquals("[{\"id\":4}]", ok(mutate(env, update, "{\"id\": " + id + ", \"tags\": [4, 4]}"), "update_books").get("tags").toString());
        assertEquals(1, links(env, id));
        assertEquals("[]", ok(mutate(env, update, "{\"id\": " + id + ", \"tags\": []}"), "update_books").get("tags").toString());
        assertEquals(0, links(env, id));
        // From the inverse side: tag 5 now lists exactly this book.
        JsonNode tag = ok(mutate(env, "mutation { update_tags(id: 5, data: {books: [" + id + "]}) { id books { title } } }"), "update_tags");
        assertEquals("[{\"title\":\"Linked\"}]", tag.get("books").toString());
        assertEquals("[{\"id\":5}]", ok(env.graphql("{ books_by_id(id: " + id + ") { tags { id } } }"), "books_by_id").get("tags").toString());
        ok(mutate(env, "mutation { update_tags(id: 5, data: {books: []}) { id } }"), "update_tags");
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteRemovesTheRowItsLinksAndCascades(Kind kind) {
        Gql env = ENVS.get(kind);
        int id = ok(mutate(env, "mutation { create_books(data: {title: \"Doomed\", author: \"" + ZOLA + "\", tags: [1, 2]}) { id } }"),
                "create_books").get("id").intValue();
        int review = ok(mutate(env, "mutation { create_reviews(data: {body: \"bye\", stars: 1, book: " + id + "}) { id } }"),
                "create_reviews").get("id").intValue();
        assertEquals(id, ok(mutate(env, "mutation { delete_books(id: " + id + ") }"), "delete_books").intValue());
        assertTrue(ok(env.graphql("{ books_by_id(id: " + id + ") { id } }"), "books_by_id").isNull());
        assertTrue(ok(env.graphql("{ reviews_by_id(id: " + review + ") { id } }"), "reviews_by_id").isNull());
        assertEquals(404, env.server.get("/api/reviews/" + review).status());
        sameError(env, "DELETE", "books/" + id, null, 404, "RESOURCE_NOT_FOUND", "mutation { delete_books(id: " + id + ") }", null,
                "delete_books");
        assertEquals(0, links(env, id));
        // SET NULL: a city referenced by an author goes; the author stays, without a city.
        int city = ok(mutate(env, "mutation { create_cities(data: {name: \"Brief\", country: 1}) { id } }"), "create_cities").get("id").intValue();
        String author = ok(mutate(env, "mutation { create_authors(data: {name: \"Resident\", email: \"resident@x.org\", city: " + city
                + "}) { id } }"), "create_authors").get("id").asText();
        ok(mutate(env, "mutation { delete_cities(id: " + city + ") }"), "delete_cities");
        assertTrue(ok(env.graphql("{ authors_by_id(id: \"" + author + "\") { city { id } } }"), "authors_by_id").get("city").isNull());
        // CASCADE on the one-to-one: the author's profile goes with the author; a uuid key comes back as text.
        int profile = ok(mutate(env, "mutation { create_profiles(data: {website: \"w\", author: \"" + author + "\"}) { id } }"),
                "create_profiles").get("id").intValue();
        assertEquals(author, ok(mutate(env, "mutation($id: UUID!) { delete_authors(id: $id) }", "{\"id\": \"" + author + "\"}"),
                "delete_authors").asText());
        assertTrue(ok(env.graphql("{ profiles_by_id(id: " + profile + ") { id } }"), "profiles_by_id").isNull());
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void validationErrorsListEveryProblem(Kind kind) {
        Gql env = ENVS.get(kind);
        long books = count(env, "books");
        // What GraphQL's types let through, the write engine refuses as it refuses it over REST: every problem at once.
        String typed = "{\"title\": \"t\", \"sales\": 1.5, \"price\": 1.234, \"publishedAt\": \"yesterday\", \"releaseOn\": \"2023-02-30\","
                + " \"format\": \"comic\", \"isbn\": \"123456789012345678901\", \"author\": \"" + ZOLA + "\", \"subtitle\": \""
                + "é".repeat(41) + "\"}";
        List<String> create = sameError(env, "POST", "books", typed, 422, "VALIDATION_ERROR",
                "mutation($d: booksCreateInput!) { create_books(data: $d) { id } }", "{\"d\": " + typed + "}", "create_books");
        assertEquals(new TreeSet<>(List.of("sales", "price", "publishedAt", "releaseOn", "format", "isbn", "subtitle")), new TreeSet<>(create));
        assertEquals(7, create.size(), create.toString());
        // Inline, the same.
        List<String> inline = sameError(env, "POST", "books", typed, 422, "VALIDATION_ERROR",
                "mutation { create_books(data: " + Gql.literal(Gql.parse(typed)) + ") { id } }", null, "create_books");
        assertEquals(create, inline);
        String tooLong = "{\"name\": \"" + "n".repeat(300) + "\", \"email\": \"" + "e".repeat(400) + "\", \"level\": null}";
        assertEquals(List.of("name", "email"), sameError(env, "POST", "authors", tooLong, 422, "VALIDATION_ERROR",
                "mutation($d: authorsCreateInput!) { create_authors(data: $d) { id } }", "{\"d\": " + tooLong + "}", "create_authors"));
        assertEquals(List.of("title", "author"), sameError(env, "PATCH", "books/1", "{\"title\": null, \"author\": null}", 422,
                "VALIDATION_ERROR", "mutation { update_books(id: 1, data: {title: null, author: null}) { id } }", null, "update_books"));
        assertEquals(List.of("level"), sameError(env, "PATCH", "authors/" + ZOLA, "{\"level\": \"boss\"}", 422, "VALIDATION_ERROR",
                "mutation($id: UUID!) { update_authors(id: $id, data: {level: \"boss\"}) { id } }", "{\"id\": \"" + ZOLA + "\"}",
                "update_authors"));
        assertEquals(List.of("subtitle"), sameError(env, "POST", "books", "{\"title\": \"t\", \"author\": \"" + ZOLA + "\", \"subtitle\": \""
                + "é".repeat(41) + "\"}", 422, "VALIDATION_ERROR", "mutation { create_books(data: {title: \"t\", author: \"" + ZOLA
                + "\", subtitle: \"" + "é".repeat(41) + "\"}) { id } }", null, "create_books"));
        // What REST refuses as 422 but GraphQL's own types refuse first: BAD_REQUEST, nothing written.
        String create1 = "mutation($d: booksCreateInput!) { create_books(data: $d) { id } }";
        String ok = "\"title\": \"t\", \"author\": \"" + ZOLA + "\"";
        for (String wrong : List.of("\"title\": 5, \"author\": \"" + ZOLA + "\"", ok + ", \"pages\": \"x\"", ok + ", \"score\": \"high\"",
                ok + ", \"featured\": \"yes\"", ok + ", \"nope\": 1", ok + ", \"createdAt\": \"2020-01-01T00:00:00Z\"", ok + ", \"id\": 5",
                ok + ", \"reviews\": [1]", ok + ", \"tags\": [\"x\"]", ok + ", \"series\": \"one\"", "\"author\": \"" + ZOLA + "\"",
                "\"title\": \"t\"", ok + ", \"pages\": 1.5", ok + ", \"tags\": [null]")) {
            TestServer.Response rest = rest(env, "POST", "books", "{" + wrong + "}");
            assertEquals(422, rest.status(), wrong + " -> " + rest.body());
            refusedByGraphQl(env, create1, "{\"d\": {" + wrong + "}}");
            refusedByGraphQl(env, "mutation { create_books(data: " + Gql.literal(Gql.parse("{" + wrong + "}")) + ") { id } }", null);
        }
        refusedByGraphQl(env, "mutation { update_countries(id: 1, data: {code: \"XX\"}) { id } }", null);
        assertEquals(422, rest(env, "PATCH", "countries/1", "{\"code\": \"XX\"}").status(), "not updatable");
        refusedByGraphQl(env, "mutation { update_books(id: 1, data: {id: 2}) { id } }", null);
        refusedByGraphQl(env, "mutation { create_books { id } }", null);
        refusedByGraphQl(env, "mutation($d: booksCreateInput!) { create_books(data: $d) { id } }", "{}");
        refusedByGraphQl(env, "mutation { update_books(data: {title: \"x\"}) { id } }", null);
        assertEquals(books, count(env, "books"), "nothing was written");
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void uniqueViolationIsDuplicateResource(Kind kind) {
        Gql env = ENVS.get(kind);
        assertEquals(List.of("name"), sameError(env, "POST", "tags", "{\"name\": \"classic\"}", 409, "DUPLICATE_RESOURCE",
                "mutation { create_tags(data: {name: \"classic\"}) { id } }", null, "create_tags"));
        assertEquals(List.of("code"), sameError(env, "POST", "countries", "{\"name\": \"Faux\", \"code\": \"FR\"}", 409, "DUPLICATE_RESOURCE",
                "mutation { create_countries(data: {name: \"Faux\", code: \"FR\"}) { id } }", null, "create_countries"));
        assertEquals(List.of("email"), sameError(env, "PATCH", "authors/" + HUONG, "{\"email\": \"emile@x.org\"}", 409, "DUPLICATE_RESOURCE",
                "mutation { update_authors(id: \"" + HUONG + "\", data: {email: \"emile@x.org\"}) { id } }", null, "update_authors"));
        assertEquals(List.of("isbn"), sameError(env, "PATCH", "books/2", "{\"isbn\": \"978-0001\"}", 409, "DUPLICATE_RESOURCE",
                "mutation { update_books(id: 2, data: {isbn: \"978-0001\"}) { id } }", null, "update_books"));
        // A one-to-one: a second profile for the same author.
        assertEquals(List.of("author"), sameError(env, "POST", "profiles", "{\"author\": \"" + ZOLA + "\"}", 409, "DUPLICATE_RESOURCE",
                "mutation { create_profiles(data: {author: \"" + ZOLA + "\"}) { id } }", null, "create_profiles"));
        // Case and accents count: these are different values, so not duplicates.
        for (String name : List.of("Classic", "poesie")) {
            int id = ok(mutate(env, "mutation { create_tags(data: {name: \"" + name + "\"}) { id } }"), "create_tags").get("id").intValue();
            ok(mutate(env, "mutation { delete_tags(id: " + id + ") }"), "delete_tags");
        }
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void missingReferencesAreValidationErrorsNamingTheRelation(Kind kind) {
        Gql env = ENVS.get(kind);
        assertEquals(List.of("author"), sameError(env, "POST", "books", "{\"title\": \"t\", \"author\": \"" + MISSING_UUID + "\"}", 422,
                "VALIDATION_ERROR", "mutation { create_books(data: {title: \"t\", author: \"" + MISSING_UUID + "\"}) { id } }", null,
                "create_books"));
        assertEquals(List.of("editor", "series", "tags", "tags"), sameError(env, "POST", "books", "{\"title\": \"t\", \"author\": \"" + ZOLA
                + "\", \"editor\": \"" + MISSING_UUID + "\", \"series\": 999, \"tags\": [1, 998, 999]}", 422, "VALIDATION_ERROR",
                "mutation($d: booksCreateInput!) { create_books(data: $d) { id } }", "{\"d\": {\"title\": \"t\", \"author\": \"" + ZOLA
                        + "\", \"editor\": \"" + MISSING_UUID + "\", \"series\": 999, \"tags\": [1, 998, 999]}}", "create_books"));
        assertEquals(List.of("book"), sameError(env, "PATCH", "reviews/1", "{\"book\": 999}", 422, "VALIDATION_ERROR",
                "mutation { update_reviews(id: 1, data: {book: 999}) { id } }", null, "update_reviews"));
        assertEquals(List.of("books"), sameError(env, "PATCH", "tags/1", "{\"books\": [999]}", 422, "VALIDATION_ERROR",
                "mutation { update_tags(id: 1, data: {books: [999]}) { id } }", null, "update_tags"));
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingARestrictedReferenceIsInUse(Kind kind) {
        Gql env = ENVS.get(kind);
        assertEquals(List.of("books.author"), sameError(env, "DELETE", "authors/" + ZOLA, null, 409, "RESOURCE_IN_USE",
                "mutation { delete_authors(id: \"" + ZOLA + "\") }", null, "delete_authors"));
        assertTrue(Gql.error(env.graphql("mutation { delete_authors(id: \"" + ZOLA + "\") }")).get("message").asText().contains("books.author"));
        assertEquals("Émile Zola", ok(env.graphql("{ authors_by_id(id: \"" + ZOLA + "\") { name } }"), "authors_by_id").get("name").asText());
        // Once nothing references it, the same kind of row can go.
        String lonely = ok(mutate(env, "mutation { create_authors(data: {name: \"Lonely\", email: \"lonely@x.org\"}) { id } }"),
                "create_authors").get("id").asText();
        int book = ok(mutate(env, "mutation { create_books(data: {title: \"Only one\", author: \"" + lonely + "\"}) { id } }"),
                "create_books").get("id").intValue();
        assertEquals("RESOURCE_IN_USE", Gql.code(mutate(env, "mutation { delete_authors(id: \"" + lonely + "\") }")));
        ok(mutate(env, "mutation { delete_books(id: " + book + ") }"), "delete_books");
        ok(mutate(env, "mutation { delete_authors(id: \"" + lonely + "\") }"), "delete_authors");
        everyTableReadsAsTheReference(env);
    }

    /**
     * Several mutations in one operation run one after the other, each in its own transaction,
     * and a failed one's error has its path. The mutation fields are non-null, as the schema
     * says, so a failed one's null takes the whole {@code data} with it and graphql-java runs no
     * later mutation of the operation; what the earlier ones wrote stays written. (Pinned: a
     * client sending several mutations at once learns of the earlier ones only by reading.)
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void mutationsRunInOrder(Kind kind) {
        Gql env = ENVS.get(kind);
        JsonNode answer = mutate(env, """
                mutation {
                  a: create_series(data: {name: "First"}) { id name }
                  b: create_tags(data: {name: "classic"}) { id }
                  c: create_series(data: {name: "Second"}) { id name books { id } }
                }
                """);
        assertTrue(answer.get("data").isNull(), answer.toString());
        assertEquals(1, answer.get("errors").size(), answer.toString());
        assertEquals("DUPLICATE_RESOURCE", Gql.code(answer));
        assertEquals("[\"b\"]", Gql.error(answer).get("path").toString());
        JsonNode written = ok(env.graphql("{ series(where: {name: {_in: [\"First\", \"Second\"]}}, sort: \"id\") { data { id name } } }"),
                "series").get("data");
        assertEquals(1, written.size(), written.toString());
        assertEquals("First", written.get(0).get("name").asText());
        // All succeeding: all answered, in order.
        JsonNode all = mutate(env, "mutation { s: create_series(data: {name: \"Second\"}) { id } x: delete_series(id: "
                + written.get(0).get("id").intValue() + ") }");
        assertFalse(all.has("errors"), all.toString());
        assertEquals(written.get(0).get("id"), all.get("data").get("x"));
        ok(mutate(env, "mutation { delete_series(id: " + all.get("data").get("s").get("id").intValue() + ") }"), "delete_series");
        everyTableReadsAsTheReference(env);
    }

    /**
     * Keys order by their unsigned value (their text), in every database: uuids given in a seed
     * read in the same order through GraphQL as through REST and the reference.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void uuidKeysOrderAsTheirText(Kind kind) {
        Gql env = ENVS.get(kind);
        List<String> ids = List.of("ffffffff-0000-4000-8000-000000000001", "80000000-0000-4000-8000-000000000001",
                "7fffffff-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000001");
        env.database().jdbi().useTransaction(h -> {
            for (String id : ids) {
                ObjectNode row = Fixture.JSON.createObjectNode().put("id", id).put("name", "U" + id.charAt(0)).put("email", id + "@order.test");
                env.runtime().writes().seed(h, "authors", row);
            }
        });
        env.changed();
        try {
            List<String> read = new ArrayList<>();
            ok(env.graphql("{ authors(where: {email: {_ends_with: \"@order.test\"}}) { data { id } } }"), "authors").get("data")
                    .forEach(row -> read.add(row.get("id").asText()));
            assertEquals(new ArrayList<>(new TreeSet<>(ids)), read, "the database's order");
            assertEquals(List.of(), env.compare("authors", Map.of("filter", "{\"email\": {\"_ends_with\": \"@order.test\"}}", "fields", "id"))
                    .failures());
        } finally {
            for (String id : ids) {
                ok(mutate(env, "mutation { delete_authors(id: \"" + id + "\") }"), "delete_authors");
            }
        }
    }
}
