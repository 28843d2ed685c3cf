package dev.enfyra.runtime.conformance;

import static dev.enfyra.runtime.conformance.Fixture.HUONG;
import static dev.enfyra.runtime.conformance.Fixture.ZOLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import dev.enfyra.runtime.testing.TestServer;
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
 * Writes through the REST API on every database: create (201), update, delete, validation
 * errors listing every problem, relation payloads, many-to-many lists replacing junction rows,
 * createdAt/updatedAt, generated uuid keys, and integrity errors in the schema's words (409
 * DUPLICATE_RESOURCE, 422 naming the relation, 409 RESOURCE_IN_USE). After each test every table
 * must still read as the reference reads the database.
 */
class ConformanceRestWriteTest {

    private static final PerKind<RestEnv> ENVS = new PerKind<>(kind -> RestEnv.conformance(kind, "rest_write"));
    private static final String MISSING_UUID = "00000000-0000-4000-8000-000000000000";

    @AfterAll
    static void closeAll() throws Exception {
        ENVS.closeAll();
    }

    private static TestServer.Response post(RestEnv env, String path, String body) {
        try {
            return env.server.post("/api/" + path, body);
        } finally {
            env.changed();
        }
    }

    private static TestServer.Response patch(RestEnv env, String path, String body) {
        try {
            return env.server.patch("/api/" + path, body);
        } finally {
            env.changed();
        }
    }

    private static TestServer.Response delete(RestEnv env, String path) {
        try {
            return env.server.delete("/api/" + path);
        } finally {
            env.changed();
        }
    }

    private static JsonNode created(TestServer.Response response) {
        assertEquals(201, response.status(), String.valueOf(response.body()));
        return response.body().get("data");
    }

    private static JsonNode ok(TestServer.Response response) {
        assertEquals(200, response.status(), String.valueOf(response.body()));
        return response.body().get("data");
    }

    /** The error body's code and the fields its details name, in order. */
    private static List<String> error(TestServer.Response response, int status, String code) {
        assertEquals(status, response.status(), String.valueOf(response.body()));
        JsonNode body = response.body();
        assertEquals(status, body.get("statusCode").intValue(), body.toString());
        assertEquals(code, body.get("error").get("code").asText(), body.toString());
        assertTrue(body.get("message").isTextual() && !body.get("message").asText().isBlank(), body.toString());
        String text = body.toString().toLowerCase();
        assertFalse(text.contains("select ") || text.contains("insert into") || text.contains("constraint")
                || text.contains("exception") || text.contains("\tat "), "internals leaked: " + body);
        List<String> fields = new ArrayList<>();
        body.get("error").get("details").forEach(d -> fields.add(d.get("field").asText()));
        return fields;
    }

    private static long count(RestEnv env, String sql) {
        return env.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String q(RestEnv env, String identifier) {
        return env.database().dialect().quoting().quote(identifier);
    }

    private static long links(RestEnv env, int bookId) {
        return count(env, "SELECT COUNT(*) FROM " + q(env, "j_184c6e8b6e1c") + " WHERE " + q(env, "sourceId") + " = " + bookId);
    }

    /** Every table, every row, every published field: as the reference reads the database now. */
    private static void everyTableReadsAsTheReference(RestEnv env) {
        env.changed();
        List<String> failures = new ArrayList<>();
        for (Table table : env.schema.tables()) {
            String diff = env.compare(table.name(), Map.of("limit", "0"));
            if (diff != null) {
                failures.add(diff);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createAnswers201WithTheSavedRow(Kind kind) {
        RestEnv env = ENVS.get(kind);
        Instant before = Instant.now().minusSeconds(60);
        JsonNode book = created(post(env, "books?fields=*,author.name,editor.name,tags.name",
                "{\"title\": \"Nouveau livre ü\", \"pages\": 12, \"price\": \"3.50\", \"score\": 0.1,"
                        + " \"publishedAt\": \"2024-01-31T12:00:00+01:00\", \"releaseOn\": \"2024-02-29\", \"featured\": true,"
                        + " \"format\": \"ebook\", \"author\": \"" + ZOLA + "\", \"editor\": {\"id\": \"" + HUONG + "\"},"
                        + " \"series\": 1, \"tags\": [1, {\"id\": 2}]}"));
        assertEquals("Nouveau livre ü", book.get("title").asText());
        assertEquals(0, book.get("price").decimalValue().compareTo(new java.math.BigDecimal("3.5")));
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
        assertEquals(book, ok(env.server.get("/api/books/" + id, Map.of("fields", "*,author.name,editor.name,tags.name"))));
        assertEquals(2, links(env, id));
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void generatedUuidKeysAndDefaults(Kind kind) {
        RestEnv env = ENVS.get(kind);
        JsonNode first = created(post(env, "authors", "{\"name\": \"Ада\", \"email\": \"ada@uuid.test\"}"));
        JsonNode second = created(post(env, "authors", "{\"name\": \"Bea\", \"email\": \"bea@uuid.test\", \"active\": false}"));
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
        assertFalse(first.has("secret"), "hidden columns are never returned");
        assertEquals(first, ok(env.server.get("/api/authors/" + a)));
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateChangesTheGivenFieldsAndUpdatedAt(Kind kind) throws InterruptedException {
        RestEnv env = ENVS.get(kind);
        JsonNode book = created(post(env, "books", "{\"title\": \"Draft\", \"pages\": 5, \"price\": 1.25, \"author\": \""
                + ZOLA + "\", \"editor\": \"" + HUONG + "\", \"series\": 1, \"tags\": [4]}"));
        int id = book.get("id").intValue();
        Thread.sleep(15);
        JsonNode updated = ok(patch(env, "books/" + id, "{\"title\": \"Final\", \"pages\": null, \"editor\": null,"
                + " \"series\": {\"id\": 2}, \"subtitle\": \"exactly forty characters long, not more!\"}"));
        assertEquals("Final", updated.get("title").asText());
        assertTrue(updated.get("pages").isNull() && updated.get("editor").isNull());
        assertEquals(2, updated.get("series").get("id").intValue());
        assertEquals(0, updated.get("price").decimalValue().compareTo(new java.math.BigDecimal("1.25")), "untouched");
        assertEquals("[{\"id\":4}]", updated.get("tags").toString(), "links not given are kept");
        assertEquals(book.get("createdAt"), updated.get("createdAt"));
        assertTrue(instant(updated.get("updatedAt")).isAfter(instant(book.get("updatedAt"))), updated.toString());
        Thread.sleep(15);
        JsonNode touched = ok(patch(env, "books/" + id, "{}"));
        assertTrue(instant(touched.get("updatedAt")).isAfter(instant(updated.get("updatedAt"))));
        error(patch(env, "books/999999", "{\"title\": \"x\"}"), 404, "RESOURCE_NOT_FOUND");
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void manyToManyListsReplaceTheJunctionRows(Kind kind) {
        RestEnv env = ENVS.get(kind);
        int id = created(post(env, "books", "{\"title\": \"Linked\", \"author\": \"" + ZOLA + "\", \"tags\": [1, 2, 3]}"))
                .get("id").intValue();
        assertEquals(3, links(env, id));
        assertEquals("[{\"id\":3},{\"id\":4}]", ok(patch(env, "books/" + id, "{\"tags\": [4, {\"id\": 3}]}")).get("tags").toString());
        assertEquals(2, links(env, id));
        assertEquals("[{\"id\":4}]", ok(patch(env, "books/" + id, "{\"tags\": [4, 4]}")).get("tags").toString());
        assertEquals(1, links(env, id));
        assertEquals("[]", ok(patch(env, "books/" + id, "{\"tags\": []}")).get("tags").toString());
        assertEquals(0, links(env, id));
        // From the inverse side: tag 5 now lists exactly this book.
        JsonNode tag = ok(patch(env, "tags/5?fields=id,books.title", "{\"books\": [" + id + "]}"));
        assertEquals("[{\"title\":\"Linked\"}]", tag.get("books").toString());
        assertEquals("[{\"id\":5}]", ok(env.server.get("/api/books/" + id, Map.of("fields", "tags"))).get("tags").toString());
        ok(patch(env, "tags/5", "{\"books\": []}"));
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteRemovesTheRowItsLinksAndCascades(Kind kind) {
        RestEnv env = ENVS.get(kind);
        int id = created(post(env, "books", "{\"title\": \"Doomed\", \"author\": \"" + ZOLA + "\", \"tags\": [1, 2]}"))
                .get("id").intValue();
        int review = created(post(env, "reviews", "{\"body\": \"bye\", \"stars\": 1, \"book\": " + id + "}")).get("id").intValue();
        JsonNode deleted = ok(delete(env, "books/" + id));
        assertEquals(id, deleted.get("id").intValue());
        error(env.server.get("/api/books/" + id), 404, "RESOURCE_NOT_FOUND");
        error(env.server.get("/api/reviews/" + review), 404, "RESOURCE_NOT_FOUND");
        error(delete(env, "books/" + id), 404, "RESOURCE_NOT_FOUND");
        assertEquals(0, links(env, id));
        // SET NULL: a city referenced by an author goes; the author stays, without a city.
        int city = created(post(env, "cities", "{\"name\": \"Brief\", \"country\": 1}")).get("id").intValue();
        String author = created(post(env, "authors", "{\"name\": \"Resident\", \"email\": \"resident@x.org\", \"city\": " + city + "}"))
                .get("id").asText();
        ok(delete(env, "cities/" + city));
        assertTrue(ok(env.server.get("/api/authors/" + author)).get("city").isNull());
        // CASCADE on the one-to-one: the author's profile goes with the author.
        int profile = created(post(env, "profiles", "{\"website\": \"w\", \"author\": \"" + author + "\"}")).get("id").intValue();
        ok(delete(env, "authors/" + author));
        error(env.server.get("/api/profiles/" + profile), 404, "RESOURCE_NOT_FOUND");
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void validationErrorsListEveryProblem(Kind kind) {
        RestEnv env = ENVS.get(kind);
        long books = count(env, "SELECT COUNT(*) FROM " + q(env, "books"));
        List<String> create = error(post(env, "books", "{\"title\": 5, \"pages\": \"x\", \"sales\": 1.5, \"price\": 1.234,"
                + " \"score\": \"high\", \"publishedAt\": \"yesterday\", \"releaseOn\": \"2023-02-30\", \"featured\": \"yes\","
                + " \"format\": \"comic\", \"isbn\": \"123456789012345678901\", \"nope\": 1, \"createdAt\": \"2020-01-01T00:00:00Z\","
                + " \"id\": 5, \"reviews\": [1], \"tags\": \"1\", \"series\": \"one\"}"), 422, "VALIDATION_ERROR");
        assertEquals(new TreeSet<>(List.of("title", "pages", "sales", "price", "score", "publishedAt", "releaseOn", "featured",
                "format", "isbn", "nope", "createdAt", "id", "reviews", "tags", "series", "author")), new TreeSet<>(create));
        assertEquals(17, create.size(), create.toString());
        assertEquals(List.of("title", "author"), error(post(env, "books", "{}"), 422, "VALIDATION_ERROR"));
        assertEquals(List.of("name", "email"), error(post(env, "authors", "{\"level\": null}"), 422, "VALIDATION_ERROR"));
        assertEquals(List.of("subtitle"), error(post(env, "books", "{\"title\": \"t\", \"author\": \"" + ZOLA
                + "\", \"subtitle\": \"" + "é".repeat(41) + "\"}"), 422, "VALIDATION_ERROR"));
        List<String> update = error(patch(env, "books/1", "{\"title\": null, \"author\": null, \"id\": 2, \"updatedAt\": null,"
                + " \"reviews\": []}"), 422, "VALIDATION_ERROR");
        assertEquals(List.of("title", "author", "id", "updatedAt", "reviews"), update);
        assertEquals(List.of("code"), error(patch(env, "countries/1", "{\"code\": \"XX\"}"), 422, "VALIDATION_ERROR"));
        assertEquals(List.of("level"), error(patch(env, "authors/" + ZOLA, "{\"level\": \"boss\"}"), 422, "VALIDATION_ERROR"));
        error(post(env, "books", "[]"), 400, "BAD_REQUEST");
        error(post(env, "books", "\"title\""), 400, "BAD_REQUEST");
        assertEquals(books, count(env, "SELECT COUNT(*) FROM " + q(env, "books")), "nothing was written");
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void uniqueViolationIs409DuplicateResource(Kind kind) {
        RestEnv env = ENVS.get(kind);
        assertEquals(List.of("name"), error(post(env, "tags", "{\"name\": \"classic\"}"), 409, "DUPLICATE_RESOURCE"));
        assertEquals(List.of("code"), error(post(env, "countries", "{\"name\": \"Faux\", \"code\": \"FR\"}"), 409, "DUPLICATE_RESOURCE"));
        assertEquals(List.of("email"), error(patch(env, "authors/" + HUONG, "{\"email\": \"emile@x.org\"}"), 409, "DUPLICATE_RESOURCE"));
        assertEquals(List.of("isbn"), error(patch(env, "books/2", "{\"isbn\": \"978-0001\"}"), 409, "DUPLICATE_RESOURCE"));
        // A one-to-one: a second profile for the same author.
        assertEquals(List.of("author"), error(post(env, "profiles", "{\"author\": \"" + ZOLA + "\"}"), 409, "DUPLICATE_RESOURCE"));
        // Case and accents count: these are different values, so not duplicates.
        ok(delete(env, "tags/" + created(post(env, "tags", "{\"name\": \"Classic\"}")).get("id").intValue()));
        ok(delete(env, "tags/" + created(post(env, "tags", "{\"name\": \"poesie\"}")).get("id").intValue()));
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void missingReferencesAre422NamingTheRelation(Kind kind) {
        RestEnv env = ENVS.get(kind);
        assertEquals(List.of("author"), error(post(env, "books", "{\"title\": \"t\", \"author\": \"" + MISSING_UUID + "\"}"),
                422, "VALIDATION_ERROR"));
        assertEquals(List.of("editor", "series", "tags", "tags"), error(post(env, "books", "{\"title\": \"t\", \"author\": \""
                + ZOLA + "\", \"editor\": {\"id\": \"" + MISSING_UUID + "\"}, \"series\": 999, \"tags\": [1, 998, 999]}"),
                422, "VALIDATION_ERROR"));
        assertEquals(List.of("book"), error(patch(env, "reviews/1", "{\"book\": 999}"), 422, "VALIDATION_ERROR"));
        assertEquals(List.of("books"), error(patch(env, "tags/1", "{\"books\": [999]}"), 422, "VALIDATION_ERROR"));
        everyTableReadsAsTheReference(env);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingARestrictedReferenceIs409InUse(Kind kind) {
        RestEnv env = ENVS.get(kind);
        TestServer.Response response = delete(env, "authors/" + ZOLA);
        assertEquals(List.of("books.author"), error(response, 409, "RESOURCE_IN_USE"));
        assertTrue(response.body().get("message").asText().contains("books.author"), response.body().toString());
        assertEquals("Émile Zola", ok(env.server.get("/api/authors/" + ZOLA)).get("name").asText());
        // Once nothing references it, the same kind of row can go.
        String lonely = created(post(env, "authors", "{\"name\": \"Lonely\", \"email\": \"lonely@x.org\"}")).get("id").asText();
        int book = created(post(env, "books", "{\"title\": \"Only one\", \"author\": \"" + lonely + "\"}")).get("id").intValue();
        error(delete(env, "authors/" + lonely), 409, "RESOURCE_IN_USE");
        ok(delete(env, "books/" + book));
        ok(delete(env, "authors/" + lonely));
        everyTableReadsAsTheReference(env);
    }

    /**
     * Keys order by their unsigned value (their text), in every database: uuids given in a seed,
     * not only time-ordered generated ones, read in the same order everywhere and as the reference.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void uuidKeysOrderAsTheirText(Kind kind) {
        RestEnv env = ENVS.get(kind);
        List<String> ids = List.of("ffffffff-0000-4000-8000-000000000001", "80000000-0000-4000-8000-000000000001",
                "7fffffff-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000001");
        env.database().jdbi().useTransaction(h -> {
            for (String id : ids) {
                env.runtime().writes().seed(h, "authors", Fixture.JSON.createObjectNode().put("id", id)
                        .put("name", "U" + id.charAt(0)).put("email", id + "@order.test"));
            }
        });
        env.changed();
        try {
            List<String> read = new ArrayList<>();
            Map<String, String> request = Map.of("filter", "{\"email\": {\"_ends_with\": \"@order.test\"}}", "fields", "id");
            env.data("authors", request).forEach(row -> read.add(row.get("id").asText()));
            assertEquals(new ArrayList<>(new TreeSet<>(ids)), read, "the database's order");
            assertEquals(null, env.compare("authors", request), "the reference orders uuids as the database does");
        } finally {
            for (String id : ids) {
                ok(delete(env, "authors/" + id));
            }
        }
    }
}
