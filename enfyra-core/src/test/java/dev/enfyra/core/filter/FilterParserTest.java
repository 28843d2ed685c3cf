package dev.enfyra.core.filter;

import static dev.enfyra.core.filter.Filter.and;
import static dev.enfyra.core.filter.Filter.eq;
import static dev.enfyra.core.filter.Filter.exists;
import static dev.enfyra.core.filter.Filter.gt;
import static dev.enfyra.core.filter.Filter.in;
import static dev.enfyra.core.filter.Filter.isNotNull;
import static dev.enfyra.core.filter.Filter.isNull;
import static dev.enfyra.core.filter.Filter.lt;
import static dev.enfyra.core.filter.Filter.not;
import static dev.enfyra.core.filter.Filter.or;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.core.testing.BlogSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes of the filter language and the trees they become. */
class FilterParserTest {
    private static final FilterParser PARSER = FilterParser.create(BlogSchema.SCHEMA);

    static Filter parse(String table, String json) {
        return PARSER.parse(table, FilterJson.readTree(json, "filter"));
    }

    private static FieldPath path(String dotted) {
        return FieldPath.parse(dotted);
    }

    @Test
    void aPlainValueIsEqAndNullIsIsNull() {
        assertEquals(eq(path("title"), "a"), parse("posts", "{\"title\": \"a\"}"));
        assertEquals(isNull(path("prio")), parse("posts", "{\"prio\": null}"));
    }

    @Test
    void severalKeysAreAnImplicitAndInWrittenOrder() {
        assertEquals(and(eq(path("title"), "a"), eq(path("prio"), 2)),
                parse("posts", "{\"title\": \"a\", \"prio\": 2}"));
        assertEquals(and(gt(path("prio"), 1), lt(path("prio"), 5)),
                parse("posts", "{\"prio\": {\"_gt\": 1, \"_lt\": 5}}"));
    }

    @Test
    void logicalOperatorsNest() {
        Filter expected = and(
                or(eq(path("prio"), 1), not(eq(path("title"), "x"))),
                and(List.of(eq(path("id"), 3))));
        assertEquals(expected, parse("posts", """
                {"_and": [
                  {"_or": [{"prio": 1}, {"_not": {"title": {"_eq": "x"}}}]},
                  {"_and": [{"id": 3}]}
                ]}"""));
    }

    @Test
    void emptyFilterAndMissingFilterMatchEverything() {
        assertEquals(Filter.all(), parse("posts", "{}"));
        assertEquals(Filter.all(), parse("posts", "{\"_and\": []}"));
        assertEquals(Filter.all(), PARSER.parse("posts", null));
        assertEquals(Filter.all(), parse("posts", "null"));
    }

    @Test
    void nullChecksAcceptFalseAsTheirOpposite() {
        assertEquals(isNull(path("prio")), parse("posts", "{\"prio\": {\"_is_null\": true}}"));
        assertEquals(isNotNull(path("prio")), parse("posts", "{\"prio\": {\"_is_null\": false}}"));
        assertEquals(isNotNull(path("prio")), parse("posts", "{\"prio\": {\"_is_not_null\": true}}"));
        assertEquals(isNull(path("prio")), parse("posts", "{\"prio\": {\"_is_not_null\": false}}"));
    }

    @Test
    void eqNullAndNeqNullAreNullChecks() {
        assertEquals(isNull(path("prio")), parse("posts", "{\"prio\": {\"_eq\": null}}"));
        assertEquals(isNotNull(path("prio")), parse("posts", "{\"prio\": {\"_neq\": null}}"));
    }

    @Test
    void ninIsAnAliasOfNotIn() {
        assertEquals(parse("posts", "{\"id\": {\"_not_in\": [1, 2]}}"), parse("posts", "{\"id\": {\"_nin\": [1, 2]}}"));
    }

    @Test
    void toOneRelationsNestTheFieldsOfTheirTarget() {
        assertEquals(eq(path("author.email"), "a"), parse("posts", "{\"author\": {\"email\": {\"_eq\": \"a\"}}}"));
        assertEquals(and(eq(path("author.email"), "a"), gt(path("author.age"), 30)),
                parse("posts", "{\"author\": {\"email\": \"a\", \"age\": {\"_gt\": 30}}}"));
        assertEquals(eq(path("post.author.name"), "n"),
                parse("comments", "{\"post\": {\"author\": {\"name\": \"n\"}}}"));
    }

    @Test
    void operatorsOnAToOneRelationTestItsId() {
        assertEquals(in(path("author"), List.of(1, 88)), parse("posts", "{\"author\": {\"_in\": [1, 88]}}"));
        assertEquals(isNull(path("author")), parse("posts", "{\"author\": {\"_is_null\": true}}"));
        assertEquals(isNull(path("author")), parse("posts", "{\"author\": null}"));
        assertEquals(eq(path("author"), 7), parse("posts", "{\"author\": 7}"));
        assertEquals(or(eq(path("author"), 1), eq(path("author.name"), "x")),
                parse("posts", "{\"author\": {\"_or\": [{\"_eq\": 1}, {\"name\": \"x\"}]}}"));
    }

    @Test
    void theInverseSideOfOneToOneIsToOne() {
        assertEquals(eq(path("profile.website"), "w"), parse("users", "{\"profile\": {\"website\": \"w\"}}"));
        assertEquals(isNotNull(path("profile")), parse("users", "{\"profile\": {\"_is_not_null\": true}}"));
    }

    @Test
    void toManyRelationsNestAnExistsFilter() {
        assertEquals(exists(path("comments"), Filter.contains(path("body"), "hi")),
                parse("posts", "{\"comments\": {\"body\": {\"_contains\": \"hi\"}}}"));
        assertEquals(exists(path("tags"), and(eq(path("name"), "a"), gt(path("id"), 1))),
                parse("posts", "{\"tags\": {\"name\": \"a\", \"id\": {\"_gt\": 1}}}"));
        assertEquals(exists(path("comments"), Filter.all()), parse("posts", "{\"comments\": {}}"));
        assertEquals(exists(path("author.posts"), eq(path("title"), "t")),
                parse("posts", "{\"author\": {\"posts\": {\"title\": \"t\"}}}"));
        assertEquals(not(exists(path("posts"), exists(path("comments"), eq(path("id"), 1)))),
                parse("users", "{\"_not\": {\"posts\": {\"comments\": {\"id\": 1}}}}"));
    }

    @Test
    void emptyInIsAccepted() {
        assertEquals(in(path("id"), List.of()), parse("posts", "{\"id\": {\"_in\": []}}"));
    }

    @Test
    void theLocationPrefixIsTheCallers() {
        FilterException e = org.junit.jupiter.api.Assertions.assertThrows(FilterException.class,
                () -> PARSER.parse("posts", FilterJson.readTree("{\"x\": 1}", "q"), "deep.comments.filter"));
        assertEquals("deep.comments.filter.x", e.location());
    }
}
