package dev.enfyra.core.query;

import static dev.enfyra.core.query.Q.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.query.Aggregate.Function;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parameter map as a whole: names, repetition, and the canonical form read back. */
class QueryParamsTest {

    @Test
    void unknownParameterListsTheKnownOnes() {
        assertEquals("fitler: unknown query parameter \"fitler\"; did you mean \"filter\"?; use aggregate, deep,"
                + " fields, filter, limit, meta, page, sort", error("posts", "fitler", "{}"));
        assertEquals("offset: unknown query parameter \"offset\"; use aggregate, deep, fields, filter, limit,"
                + " meta, page, sort", error("posts", "offset", "5"));
        assertEquals("x".repeat(60) + "...", assertLocation("x".repeat(10_000)));
    }

    private static String assertLocation(String name) {
        return org.junit.jupiter.api.Assertions.assertThrows(QueryException.class, () -> Q.parse("posts", name, ""))
                .location();
    }

    @Test
    void eachParameterAtMostOnce() {
        Map<String, List<String>> params = Map.of("sort", List.of("id", "title"));
        assertEquals("sort: given 2 times; give it once",
                error(() -> QueryParams.parse(QueryFixture.SCHEMA, "posts", params)));
        assertEquals(Q.parse("posts"), QueryParams.parse(QueryFixture.SCHEMA, "posts", Map.of("sort", List.of())));
    }

    @Test
    void jsonParametersMustHoldJson() {
        assertEquals("filter: expected JSON, found an empty value", error("posts", "filter", " "));
        assertEquals("filter: invalid JSON: Unrecognized token 'title': was expecting (JSON String, Number, Array,"
                + " Object or token 'null', 'true' or 'false') (line 1, column 1)", error("posts", "filter", "title=5"));
        assertEquals("filter.titel: unknown field \"titel\" on table \"posts\"; did you mean \"title\"?",
                error("posts", "filter", "{\"titel\": 1}"));
        assertEquals("aggregate: too long: 65537 characters, at most 65536",
                error("posts", "aggregate", " ".repeat(65_537)));
    }

    @Test
    void canonicalParameters() {
        QuerySpec spec = Q.parse("posts", "fields", "author.name,id", "sort", "-id", "limit", "5", "meta", "*",
                "deep", "{\"comments\": {\"limit\": 2}}", "aggregate", "{\"count\": \"*\", \"max\": [\"prio\", \"id\"]}",
                "filter", "{\"prio\": 2}");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("fields", List.of("id,author.name,comments.id,comments.body,comments.post,comments.author"));
        expected.put("filter", List.of("{\"prio\":{\"_eq\":2}}"));
        expected.put("sort", List.of("-id"));
        expected.put("limit", List.of("5"));
        expected.put("meta", List.of("totalCount,filterCount"));
        expected.put("deep", List.of("{\"comments\":{\"limit\":2}}"));
        expected.put("aggregate", List.of("{\"count\":\"*\",\"max\":[\"prio\",\"id\"]}"));
        assertEquals(expected, QueryParams.toParams(spec));
        assertEquals("fields=id%2Cauthor.name%2Ccomments.id%2Ccomments.body%2Ccomments.post%2Ccomments.author"
                        + "&filter=%7B%22prio%22%3A%7B%22_eq%22%3A2%7D%7D&sort=-id&limit=5&meta=totalCount%2CfilterCount"
                        + "&deep=%7B%22comments%22%3A%7B%22limit%22%3A2%7D%7D"
                        + "&aggregate=%7B%22count%22%3A%22*%22%2C%22max%22%3A%5B%22prio%22%2C%22id%22%5D%7D",
                QueryParams.toQueryString(spec));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            users    | none                 | ``
            users    | fields               | id,name
            posts    | fields               | *,author.*
            posts    | fields               | -title,-author.name
            users    | fields               | comments.post.tags.posts.author
            posts    | filter               | {"title": {"_contains": "résumé"}, "prio": {"_in": [1, 2]}}
            posts    | filter               | {"_or": [{"author": {"name": {"_starts_with": "Z"}}}, {"_not": {"comments": {"body": null}}}]}
            users    | filter               | {"lastLogin": {"_between": ["2024-01-01T00:00:00Z", "2024-12-31T00:00:00+02:00"]}, "balance": {"_gte": "1.50"}}
            posts    | filter               | {}
            posts    | sort                 | -createdAt,author.name,author
            posts    | limit                | 0
            posts    | limit                | 10
            posts    | page                 | 4
            posts    | meta                 | *
            posts    | meta                 | filterCount
            posts    | deep                 | {"comments": {"filter": {"body": {"_ends_with": "!"}}, "sort": "-body", "limit": 2, "page": 3}}
            posts    | deep                 | {"comments": {"fields": "body", "deep": {"author": {"fields": "name", "deep": {"posts": {"limit": 1}}}}}}
            posts    | deep                 | {"author": {"fields": ["name"]}, "tags": {"sort": ["-name"]}}
            users    | aggregate            | {"count": ["*", "age"], "sum": "balance", "avg": ["age", "balance"], "min": "lastLogin", "max": "name"}
            """)
    void everyFeatureReadsBackFromItsCanonicalForm(String table, String name, String value) {
        Q.roundTrip(table, name.equals("none") ? Q.parse(table) : Q.parse(table, name, value));
    }

    @Test
    void allFeaturesTogetherReadBack() {
        Q.roundTrip("posts", Q.parse("posts", "fields", "-prio,author.name", "filter", "{\"tags\": {\"name\": \"café\"}}",
                "sort", "-author.name,title", "limit", "2", "page", "2", "meta", "totalCount",
                "deep", "{\"comments\": {\"sort\": \"-id\", \"limit\": 1, \"deep\": {\"author\": {\"fields\": \"name\"}}}}",
                "aggregate", "{\"sum\": \"prio\", \"count\": \"*\"}"));
    }

    @Test
    void aSpecBuiltInJavaReadsBack() {
        FieldSelection users = FieldSelection.parse(QueryFixture.SCHEMA, "users", "id,name,posts.title");
        QuerySpec posts = QuerySpec.nested(users.expanded().get("posts"),
                Filter.and(Filter.gte(FieldPath.of("prio"), 1), Filter.isNotNull(FieldPath.of("createdAt"))),
                List.of(SortKey.desc("createdAt")), 5, 1, Map.of());
        QuerySpec spec = new QuerySpec(
                Filter.or(Filter.gt(FieldPath.of("lastLogin"), OffsetDateTime.parse("2024-01-01T00:00+01:00")),
                        Filter.eq(FieldPath.of("balance"), new BigDecimal("2.250"))),
                users, List.of(SortKey.asc("name")), 0, 1, EnumSet.of(MetaKind.FILTER_COUNT),
                Map.of("posts", posts), List.of(Aggregate.of(Function.MAX, "age"), Aggregate.countAll()));
        assertEquals(List.of(Aggregate.countAll(), Aggregate.of(Function.MAX, "age")), spec.aggregates());
        assertEquals(Set.of(MetaKind.FILTER_COUNT), spec.meta());
        Q.roundTrip("users", spec);
    }
}
