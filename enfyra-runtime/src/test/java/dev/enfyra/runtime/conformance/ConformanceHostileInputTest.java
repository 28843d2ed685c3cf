package dev.enfyra.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile input on every database: SQL in identifiers (filter keys and operators, field names,
 * sort, fields, deep, aggregate), malformed JSON, huge numbers, deep nesting, long strings and
 * unknown parameters. Each is refused with a 4xx and the JSON error body (no SQL, no stack
 * trace), and a checksum of every table, junctions too, is the same before and after. SQL in a
 * filter value is not an error: it is bound as data, so the answer is the reference's.
 */
class ConformanceHostileInputTest {

    private static final PerKind<RestEnv> ENVS = new PerKind<>(kind -> RestEnv.conformance(kind, "hostile"));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String DROP = "'; DROP TABLE books; --";

    @AfterAll
    static void closeAll() throws Exception {
        ENVS.closeAll();
    }

    /** A response as sent: status and body text, which may not even be JSON. */
    record Raw(int status, String body) {
    }

    private static Raw send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Raw(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Raw get(RestEnv env, String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(env.server.base() + "/api/" + pathAndQuery)).GET().build());
    }

    private static Raw get(RestEnv env, String table, Map<String, String> params) {
        return get(env, table + "?" + query(params));
    }

    private static Raw write(RestEnv env, String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(env.server.base() + "/api/" + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    /** Null when {@code raw} is a 4xx with a well-formed error body, else what is wrong. */
    private static String refusal(Raw raw) {
        if (raw.status() < 400 || raw.status() > 499) {
            return "status " + raw.status() + ": " + shorten(raw.body());
        }
        JsonNode body;
        try {
            body = Fixture.JSON.readTree(raw.body());
        } catch (IOException e) {
            return "status " + raw.status() + " without a JSON body: " + shorten(raw.body());
        }
        if (body == null || !body.isObject() || body.path("statusCode").intValue() != raw.status()
                || !body.path("message").isTextual() || !body.path("error").path("code").isTextual()
                || !body.path("error").path("details").isArray()) {
            return "status " + raw.status() + " with a malformed error body: " + shorten(raw.body());
        }
        String text = raw.body().toLowerCase(Locale.ROOT);
        // Echoing the client's own input (shortened) is fine; the server's SQL, stack or driver are not.
        for (String leak : List.of("select t0", "from \"", "from `", " t0.", "syntax error", "exception", "\tat ", "sqlstate",
                "jdbc", "org.h2", "org.postgresql", "org.mariadb", "hikari", "java.")) {
            if (text.contains(leak)) {
                return "the error body shows internals (\"" + leak + "\"): " + shorten(raw.body());
            }
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** SHA-256 over every row of every table and junction, in key order. */
    private static String checksum(RestEnv env) {
        Quoting q = env.database().dialect().quoting();
        List<String> selects = new ArrayList<>();
        for (Table table : env.schema.tables()) {
            selects.add("SELECT * FROM " + q.quote(table.name()) + " ORDER BY " + q.quote(table.primaryKey().name()));
        }
        for (Junction j : env.schema.junctions()) {
            selects.add("SELECT * FROM " + q.quote(j.name()) + " ORDER BY " + q.quote(j.sourceColumn()) + ", " + q.quote(j.targetColumn()));
        }
        try (Connection c = env.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String sql : selects) {
                digest.update(sql.getBytes(StandardCharsets.UTF_8));
                try (ResultSet r = s.executeQuery(sql)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(r.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each request must be refused; the database must be as it was. */
    private static void allRefused(Kind kind, Map<String, java.util.function.Function<RestEnv, Raw>> requests) {
        RestEnv env = ENVS.get(kind);
        String before = checksum(env);
        List<String> failures = new ArrayList<>();
        requests.forEach((name, request) -> {
            String problem;
            try {
                problem = refusal(request.apply(env));
            } catch (RuntimeException e) {
                problem = e.toString();
            }
            if (problem != null) {
                failures.add(name + " -> " + problem);
            }
        });
        assertEquals(List.of(), failures, failures.size() + " of " + requests.size() + " hostile requests were not refused on " + kind);
        assertEquals(before, checksum(env), "the database changed");
    }

    private static Map<String, java.util.function.Function<RestEnv, Raw>> gets(String table, List<Map<String, String>> list) {
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = new LinkedHashMap<>();
        for (Map<String, String> params : list) {
            requests.put("GET /" + table + " " + params, env -> get(env, table, params));
        }
        return requests;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sqlInFilterKeysOperatorsAndTypedValues(Kind kind) {
        List<Map<String, String>> books = new ArrayList<>();
        for (String filter : List.of(
                "{\"title\\\"; DROP TABLE books; --\": \"x\"}",
                "{\"title) OR 1=1 --\": \"x\"}",
                "{\"_or\": [{\"1=1\": true}]}",
                "{\"title\": {\"_eq); DROP TABLE books; --\": \"x\"}}",
                "{\"title\": {\"_eq\": \"x\", \"_raw\": \"1=1\"}}",
                "{\"_raw\": \"1=1\"}",
                "{\"_where\": \"1=1\"}",
                "{\"author\": {\"email\\\" FROM authors --\": \"x\"}}",
                "{\"tags\": {\"name') OR ('1'='1\": \"x\"}}",
                "{\"author\": {\"secret\": {\"_contains\": \"s\"}}}",
                "{\"pages\": \"1 OR 1=1\"}",
                "{\"pages\": {\"_in\": [\"1); DROP TABLE books; --\"]}}",
                "{\"pages\": {\"_gt\": 99999999999}}",
                "{\"sales\": {\"_gt\": 1e400}}",
                "{\"score\": 1e999}",
                "{\"score\": {\"_eq\": \"Infinity\"}}",
                "{\"price\": {\"_eq\": \"NaN\"}}",
                "{\"publishedAt\": \"2020-01-01" + DROP + "\"}",
                "{\"releaseOn\": {\"_between\": [\"2020-01-01\", \"now()\"]}}",
                "{\"featured\": \"1\"}",
                "{\"author\": {\"_eq\": \"x' OR '1'='1\"}}",
                "{\"format\": {\"_in\": [\"ebook' OR 1=1 --\"]}}",
                "{\"id\": {\"_in\": [" + String.join(",", java.util.Collections.nCopies(1001, "1")) + "]}}",
                "{\"title\": {\"_in\": [null]}}",
                "{\"title\": {\"_between\": [\"a\"]}}",
                "{\"title\": {\"_is_null\": \"yes\"}}",
                "{\"title\": {\"_gt\": {\"_eq\": 1}}}",
                "{\"reviews\": [1]}",
                "{\"author\": {}}",
                "{\"_or\": []}",
                "{\"_not\": {}}",
                "{\"_and\": {\"title\": \"x\"}}",
                "{\"title\": {}}",
                // No database holds a U+0000 (writes refuse it), and PostgreSQL cannot bind one.
                "{\"title\": \"a\\u0000b\"}", "{\"title\": {\"_contains\": \"\\u0000\"}}",
                "{\"author\": {\"name\": {\"_in\": [\"x\", \"\\u0000\"]}}}", "{\"tags\": {\"name\": {\"_gt\": \"\\u0000\"}}}")) {
            books.add(params("filter", filter));
        }
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = gets("books", books);
        requests.putAll(gets("authors", List.of(params("filter", "{\"secret\": \"s1\"}"),
                params("filter", "{\"_or\": [{\"secret\": {\"_is_null\": false}}]}"))));
        allRefused(kind, requests);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sqlInSortFieldsDeepAggregateAndMeta(Kind kind) {
        List<Map<String, String>> books = new ArrayList<>();
        for (String sort : List.of("title;DROP TABLE books", "-(SELECT 1)", "title desc", "1", "title,", "author.name;--",
                "\"title\"", "title/**/", "RAND()", "title,title", "--title", "author.secret", "tags.name", "", ",")) {
            books.add(params("sort", sort));
        }
        for (String fields : List.of("id,(select password from users)", "*;--", "author.name\" FROM books; --", "id as x",
                "*.*", "author.*.name", "author.secret", "-*", "id,-id", "..", "id,", "", "author..name",
                "a".repeat(70) + ".b")) {
            books.add(params("fields", fields));
        }
        for (String deep : List.of("{\"reviews\\\"; DROP TABLE reviews; --\": {}}", "{\"reviews\": {\"limit; DROP\": 1}}",
                "{\"reviews\": {\"limit\": \"1; DROP TABLE reviews\"}}", "{\"reviews\": {\"sort\": \"stars; DROP TABLE reviews\"}}",
                "{\"reviews\": {\"filter\": {\"stars\\\" OR 1=1\": 1}}}", "{\"reviews\": {\"fields\": \"body,(SELECT 1)\"}}",
                "{\"author\": {\"limit\": 1}}", "{\"title\": {}}", "{\"reviews\": {\"page\": 2}}", "{\"reviews\": {\"limit\": -1}}",
                "{\"reviews\": {\"limit\": 10001}}", "{\"reviews\": []}", "[]", "\"reviews\"",
                "{\"author\": {\"deep\": {\"mentor\": {\"deep\": {\"mentor\": {\"deep\": {\"mentor\": {\"deep\": {\"mentor\": "
                        + "{\"deep\": {\"mentor\": {}}}}}}}}}}}}")) {
            books.add(params("deep", deep));
        }
        for (String aggregate : List.of("{\"sum\": \"pages) FROM books; DROP TABLE books; --\"}",
                "{\"count(*)); DROP TABLE books; --\": \"*\"}", "{\"sum\": \"*\"}", "{\"avg\": \"title\"}", "{\"max\": \"author\"}",
                "{\"min\": \"author.name\"}", "{\"count\": []}", "{\"count\": [1]}", "{}", "[]", "\"count\"",
                "{\"sum\": \"tags\"}", "{\"min\": \"featured\"}", "{\"count\": [\"*\", \"*\"]}")) {
            books.add(params("aggregate", aggregate));
        }
        for (String meta : List.of("totalCount;DROP TABLE books", "*,x", "", "count")) {
            books.add(params("meta", meta));
        }
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = gets("books", books);
        requests.putAll(gets("authors", List.of(params("fields", "id,secret"), params("fields", "-secret"),
                params("sort", "secret"), params("aggregate", "{\"count\": \"secret\"}"))));
        allRefused(kind, requests);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void malformedJsonNumbersAndUnknownParameters(Kind kind) {
        List<Map<String, String>> books = new ArrayList<>();
        for (String filter : List.of("{\"title\": ", "not json", "[]", "\"str\"", "1", "{\"id\":1}{\"id\":2}",
                "{\"title\": \"a\", \"title\": \"b\"}", "{'title': 'x'}", "{\"title\": \"x\",}", "{title: \"x\"}", "",
                "{\"id\": 01}", "{\"id\": 1.0.0}", "\uFEFF{\"id\": 1}", "{\"id\": NaN}")) {
            books.add(params("filter", filter));
        }
        for (String[] paging : List.of(new String[] {"limit", "10001"}, new String[] {"limit", "999999999999999999999999"},
                new String[] {"limit", "-1"}, new String[] {"limit", "1e3"}, new String[] {"limit", "0x10"},
                new String[] {"limit", "abc"}, new String[] {"limit", ""}, new String[] {"limit", " 5"},
                new String[] {"limit", "5 "}, new String[] {"limit", "+5"}, new String[] {"page", "0"}, new String[] {"page", "-1"},
                new String[] {"page", "99999999999999"}, new String[] {"page", "1.5"})) {
            books.add(params(paging[0], paging[1]));
        }
        books.add(params("limit", "0", "page", "2"));
        for (String unknown : List.of("foo", "filter[title]", "debugMode", "Filter", "limit ", "offset", "search", "q",
                "fields;DROP TABLE books", "__proto__")) {
            books.add(params(unknown, "x"));
        }
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = gets("books", books);
        requests.put("repeated limit", env -> get(env, "books?limit=1&limit=2"));
        requests.put("repeated filter", env -> get(env, "books?filter=%7B%7D&filter=%7B%7D"));
        requests.put("GET one with a filter", env -> get(env, "books/1?filter=%7B%7D"));
        requests.put("GET one with an injected id", env -> get(env, "books/1%20OR%201=1"));
        requests.put("GET one with a quote", env -> get(env, "books/1'"));
        requests.put("GET an author with a non-uuid", env -> get(env, "authors/x'%20OR%20'1'='1"));
        requests.put("GET one with a huge id", env -> get(env, "books/99999999999999999999999999"));
        requests.put("DELETE an injected id", env -> write(env, "DELETE", "books/1;DROP%20TABLE%20books", ""));
        requests.put("unknown table", env -> get(env, "books;DROP%20TABLE%20books"));
        requests.put("unknown method", env -> write(env, "PUT", "books/1", "{}"));
        allRefused(kind, requests);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hostileBodiesAreRefused(Kind kind) {
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = new LinkedHashMap<>();
        String author = "\"author\": \"" + Fixture.ZOLA + "\"";
        for (String body : List.of("{\"title\": ", "{\"title\": \"a\",}", "[]", "", "null", "\"x\"", "42",
                "{\"title\": \"a\", " + author + "} trailing", "{\"title\": \"a\", \"title\": \"b\", " + author + "}",
                "{\"title\\\"; DROP TABLE books; --\": \"x\", " + author + "}", "{\"title\": \"t\", \"author\": \"x' OR '1'='1\"}",
                "{\"title\": \"t\", " + author + ", \"tags\": \"1; DROP TABLE j\"}",
                "{\"title\": \"t\", " + author + ", \"tags\": [1, \"2); DROP TABLE books; --\"]}",
                "{\"title\": \"t\", " + author + ", \"__proto__\": {}}", "{\"title\": \"t\", " + author + ", \"pages\": 1e400}",
                "{\"title\": \"t\", " + author + ", \"price\": \"NaN\"}", "{\"title\": \"t\", " + author + ", \"sales\": 1e30}",
                "{\"title\": \"" + "x".repeat(256) + "\", " + author + "}",
                "{\"title\": \"t\", " + author + ", \"series\": {\"id\": 1, \"name\": \"x\"}}",
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))) {
            requests.put("POST /books " + shorten(body), env -> write(env, "POST", "books", body));
        }
        requests.put("PATCH an id in the body", env -> write(env, "PATCH", "books/1", "{\"id\": \"1 OR 1=1\"}"));
        requests.put("PATCH a missing row", env -> write(env, "PATCH", "books/1%20OR%201=1", "{\"title\": \"x\"}"));
        requests.put("PATCH with ;parameters", env -> write(env, "PATCH", "books/1;x=1", "{\"title\": \"x\"}"));
        requests.put("a NUL in a text", env -> write(env, "POST", "books", "{\"title\": \"a\\u0000b\", " + author + "}"));
        requests.put("a NUL in a PATCH", env -> write(env, "PATCH", "tags/1", "{\"name\": \"\\u0000\"}"));
        allRefused(kind, requests);
    }

    /** Deep nesting: as deep as a URL within the server's limit can carry it, and 10,000 levels in a body. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void deeplyNestedFilters(Kind kind) {
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = new LinkedHashMap<>();
        for (int depth : List.of(33, 100, 150)) {
            String not = "{\"_not\":".repeat(depth) + "{\"id\":1}" + "}".repeat(depth);
            String and = "{\"_and\":[".repeat(depth) + "{\"id\":1}" + "]}".repeat(depth);
            String relation = "{\"author\":{\"mentor\":".repeat(depth / 2) + "{\"id\":1}" + "}}".repeat(depth / 2);
            requests.put("_not x" + depth, env -> get(env, "books", params("filter", not)));
            requests.put("_and x" + depth, env -> get(env, "books", params("filter", and)));
            requests.put("author.mentor x" + depth, env -> get(env, "books", params("filter", relation)));
        }
        requests.put("[] x600", env -> get(env, "books", params("filter", "[".repeat(600) + "]".repeat(600))));
        requests.put("deep x100", env -> get(env, "books", params("deep", "{\"reviews\":{\"deep\":".repeat(100))));
        for (String body : List.of("[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
                "{\"title\": \"t\", \"notes\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}")) {
            requests.put("a body nested 10,000 deep: " + shorten(body), env -> write(env, "POST", "books", body));
            requests.put("a PATCH nested 10,000 deep: " + shorten(body), env -> write(env, "PATCH", "books/1", body));
        }
        allRefused(kind, requests);
    }

    /**
     * What the web server refuses before any route sees it (a URL over its 4 KiB request line, a
     * body over the configured size) must be a 4xx with the same JSON error body as the rest.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void requestsBeyondTheServersLimitsAreJsonErrorsToo(Kind kind) {
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = new LinkedHashMap<>();
        String deepNot = "{\"_not\":".repeat(10_000) + "{\"id\":1}" + "}".repeat(10_000);
        requests.put("_not x10000 in the URL", env -> get(env, "books", params("filter", deepNot)));
        requests.put("[] x10000 in the URL", env -> get(env, "books", params("filter", "[".repeat(10_000) + "]".repeat(10_000))));
        requests.put("a 100,000-character filter", env -> get(env, "books", params("filter", "{\"title\": \"" + "x".repeat(100_000) + "\"}")));
        requests.put("a body over 1 MiB", env -> write(env, "POST", "books",
                "{\"title\": \"t\", \"author\": \"" + Fixture.ZOLA + "\", \"notes\": \"" + "n".repeat(1 << 20) + "\"}"));
        allRefused(kind, requests);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void veryLongStrings(Kind kind) {
        Map<String, java.util.function.Function<RestEnv, Raw>> requests = new LinkedHashMap<>();
        String longName = "a".repeat(3_000);
        requests.put("a long field name", env -> get(env, "books", params("filter", "{\"" + longName + "\": 1}")));
        requests.put("a long sort", env -> get(env, "books", params("sort", longName)));
        requests.put("a long fields", env -> get(env, "books", params("fields", longName)));
        requests.put("a long parameter name", env -> get(env, "books", params(longName, "1")));
        requests.put("a 3,000-character filter value of an int", env -> get(env, "books", params("filter", "{\"pages\": \"" + "9".repeat(3_000) + "\"}")));
        requests.put("a 100,000-character title", env -> write(env, "POST", "books",
                "{\"title\": \"" + "é".repeat(100_000) + "\", \"author\": \"" + Fixture.ZOLA + "\"}"));
        requests.put("a 100,000-character tag", env -> write(env, "PATCH", "tags/1", "{\"name\": \"" + "x".repeat(100_000) + "\"}"));
        allRefused(kind, requests);
        // Long, but within every limit: an answer, and the reference's.
        RestEnv env = ENVS.get(kind);
        String before = checksum(env);
        for (int length : List.of(70_000, 300_000)) {
            // A text column holds a long text whole on every database (MySQL's TEXT stops at 65,535 bytes).
            String notes = "ü".repeat(length / 2) + "n".repeat(length / 2);
            Raw created = write(env, "POST", "books?fields=id,notes", "{\"title\": \"long\", \"notes\": \"" + notes
                    + "\", \"author\": \"" + Fixture.ZOLA + "\"}");
            assertEquals(201, created.status(), shorten(created.body()));
            JsonNode row;
            try {
                row = Fixture.JSON.readTree(created.body()).get("data");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertEquals(notes, row.get("notes").asText(), "stored whole");
            assertEquals(200, write(env, "DELETE", "books/" + row.get("id").asInt(), "").status());
        }
        env.changed();
        assertEquals(before, checksum(env));
        String diff = env.compare("books", params("filter", "{\"title\": {\"_contains\": \"" + "é".repeat(300) + "\"}}"));
        assertEquals(null, diff);
    }

    /** SQL in filter values is data: bound, never spliced, so the answer is the reference's and nothing changes. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void sqlInFilterValuesIsData(Kind kind) {
        RestEnv env = ENVS.get(kind);
        String before = checksum(env);
        List<String> failures = new ArrayList<>();
        for (String value : List.of(DROP, "' OR '1'='1", "\" OR \"\"=\"", "1; DELETE FROM books", "%' OR 1=1 --",
                "\\'; DROP TABLE books; --", "') OR ('a'='a", "*/ OR 1=1 /*", "$$; DROP TABLE books; $$", "` OR 1=1 --",
                "\\", "\\\\", "%", "_", "'", "''", "\u00a0", "\u2028", "🙂")) {
            String json = Fixture.JSON.getNodeFactory().textNode(value).toString();
            for (String filter : List.of("{\"title\": " + json + "}", "{\"title\": {\"_contains\": " + json + "}}",
                    "{\"title\": {\"_in\": [" + json + ", \"Nana\"]}}", "{\"author\": {\"name\": {\"_starts_with\": " + json + "}}}",
                    "{\"tags\": {\"name\": {\"_ends_with\": " + json + "}}}", "{\"title\": {\"_gt\": " + json + "}}",
                    "{\"_not\": {\"notes\": {\"_neq\": " + json + "}}}")) {
                String diff = env.compare("books", params("filter", filter, "fields", "id", "limit", "0"));
                if (diff != null) {
                    failures.add(diff);
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " answers differ on " + kind);
        assertEquals(before, checksum(env), "the database changed");
        // Written as data too: stored and read back as given, then gone without a trace.
        for (String value : List.of(DROP, "\\'; DROP TABLE books; --", "$$; DROP TABLE books; $$")) {
            String json = Fixture.JSON.getNodeFactory().textNode(value).toString();
            Raw created = write(env, "POST", "books", "{\"title\": " + json + ", \"notes\": " + json + ", \"author\": \""
                    + Fixture.ZOLA + "\"}");
            assertEquals(201, created.status(), created.body());
            JsonNode row;
            try {
                row = Fixture.JSON.readTree(created.body()).get("data");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertEquals(value, row.get("title").asText());
            assertEquals(value, row.get("notes").asText());
            assertEquals(200, write(env, "DELETE", "books/" + row.get("id").asInt(), "").status());
        }
        env.changed();
        assertEquals(before, checksum(env), "the database changed");
        assertTrue(env.data("books", params("limit", "0")).size() == 16);
    }
}
