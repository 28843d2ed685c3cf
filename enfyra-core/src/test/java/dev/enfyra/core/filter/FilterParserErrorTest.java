package dev.enfyra.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.enfyra.core.query.QueryException;
import dev.enfyra.core.testing.BlogSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rejected filter, with the exact message a client sees. */
class FilterParserErrorTest {

    private static String error(String table, String json) {
        FilterException e = assertThrows(FilterException.class, () -> FilterParserTest.parse(table, json));
        assertEquals(QueryException.Code.BAD_REQUEST, e.code());
        assertEquals(e.location() + ": " + e.detail(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void unknownOperatorNamesTheFieldAndSuggests() {
        assertEquals("filter._and[1].author.email: unknown operator \"_eqq\"; did you mean \"_eq\"?",
                error("posts", "{\"_and\": [{\"id\": 1}, {\"author\": {\"email\": {\"_eqq\": \"a\"}}}]}"));
        assertEquals("filter: unknown operator \"_xor\"; did you mean \"_or\"?", error("posts", "{\"_xor\": []}"));
        assertEquals("filter.title: unknown operator \"like\"", error("posts", "{\"title\": {\"like\": \"a\"}}"));
    }

    @Test
    void unknownFieldNamesTheTableAndSuggests() {
        assertEquals("filter.titel: unknown field \"titel\" on table \"posts\"; did you mean \"title\"?",
                error("posts", "{\"titel\": \"a\"}"));
        assertEquals("filter.author.emial: unknown field \"emial\" on table \"users\"; did you mean \"email\"?",
                error("posts", "{\"author\": {\"emial\": \"a\"}}"));
        assertEquals("filter.zzz: unknown field \"zzz\" on table \"posts\"", error("posts", "{\"zzz\": 1}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"prio": {"_gt": "abc"}}           | filter.prio._gt: expected a number, found "abc"
            {"prio": 1.5}                      | filter.prio: expected an integer, found 1.5
            {"prio": 3000000000}               | filter.prio: expected an integer from -2147483648 to 2147483647, found 3000000000
            {"title": 5}                       | filter.title: expected a string, found 5
            {"published": "yes"}               | filter.published: expected true or false, found "yes"
            {"prio": {"_in": [1, "x"]}}        | filter.prio._in[1]: expected a number, found "x"
            {"prio": {"_in": [1, null]}}       | filter.prio._in[1]: expected a value, found null; test NULL with "_is_null"
            {"prio": {"_in": 1}}               | filter.prio._in: expected an array, found 1
            {"prio": {"_between": [1]}}        | filter.prio._between: expected an array of exactly 2 values [low, high], found [1]
            {"prio": {"_between": [1, 2, 3]}}  | filter.prio._between: expected an array of exactly 2 values [low, high], found [1,2,3]
            {"prio": {"_gt": null}}            | filter.prio._gt: expected a value, found null; test NULL with "_is_null"
            {"prio": {"_is_null": 1}}          | filter.prio._is_null: expected true or false, found 1
            {"prio": {}}                       | filter.prio: expected an operator such as {"_eq": ...}, found {}
            {"prio": [1, 2]}                   | filter.prio: expected a number, found [1,2]
            {"author": {"_eq": "x"}}           | filter.author._eq: expected a number, found "x"
            """)
    void wrongValuesSayWhatWasExpected(String json, String message) {
        assertEquals(message, error("posts", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"role": "admn"}                   | filter.role: expected one of "admin", "editor", "viewer", found "admn"; did you mean "admin"?
            {"token": "not-a-uuid"}            | filter.token: expected a UUID like "123e4567-e89b-12d3-a456-426614174000", found "not-a-uuid"
            {"birthday": "2024-13-01"}         | filter.birthday: expected a date like "2024-01-31", found "2024-13-01"
            {"lastLogin": 5}                   | filter.lastLogin: expected a date-time like "2024-01-31T12:00:00Z", found 5
            {"mongoRef": "abc"}                | filter.mongoRef: expected a 24-character hexadecimal ObjectId, found "abc"
            {"visits": "12x"}                  | filter.visits: expected a number, found "12x"
            """)
    void typedColumnsCheckTheirValues(String json, String message) {
        assertEquals(message, error("users", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"published": {"_gt": true}}       | filter.published._gt: operator "_gt" does not apply to boolean column "published"; use one of _eq, _neq, _in, _not_in, _is_null, _is_not_null
            {"prio": {"_contains": "1"}}       | filter.prio._contains: operator "_contains" does not apply to int column "prio"; use one of _eq, _neq, _gt, _gte, _lt, _lte, _in, _not_in, _between, _is_null, _is_not_null
            {"author": {"_contains": "1"}}     | filter.author._contains: operator "_contains" does not apply to relation "author" (tested by its int id); use one of _eq, _neq, _gt, _gte, _lt, _lte, _in, _not_in, _between, _is_null, _is_not_null
            """)
    void operatorsMustFitTheType(String json, String message) {
        assertEquals(message, error("posts", json));
    }

    @Test
    void structuredColumnsOnlyTakeNullChecks() {
        assertEquals("filter.settings: operator \"_eq\" does not apply to simple-json column \"settings\";"
                + " use one of _is_null, _is_not_null", error("users", "{\"settings\": \"x\"}"));
        assertEquals("filter.token._gt: operator \"_gt\" does not apply to uuid column \"token\";"
                + " use one of _eq, _neq, _in, _not_in, _is_null, _is_not_null",
                error("users", "{\"token\": {\"_gt\": \"x\"}}"));
    }

    @Test
    void shapesWithoutAMeaningAreRefused() {
        assertEquals("filter: expected a filter object, found [1]", error("posts", "[1]"));
        assertEquals("filter._and: expected an array of filter objects, found {}", error("posts", "{\"_and\": {}}"));
        assertEquals("filter._or: expected at least one filter, found []", error("posts", "{\"_or\": []}"));
        assertEquals("filter._not: expected at least one condition, found {}", error("posts", "{\"_not\": {}}"));
        assertEquals("filter._and[0]: expected a filter object, found 1", error("posts", "{\"_and\": [1]}"));
        assertEquals("filter.author: expected at least one condition, found {}", error("posts", "{\"author\": {}}"));
        assertEquals("filter._eq: operator \"_eq\" needs a field of table \"posts\", e.g. {\"id\": {\"_eq\": ...}}",
                error("posts", "{\"_eq\": 1}"));
        assertEquals("filter.title._or: \"_or\" combines filters and cannot appear among the operators of"
                + " varchar column \"title\"; move it up a level", error("posts", "{\"title\": {\"_or\": []}}"));
    }

    @Test
    void toManyRelationsNeedAFilterOnTheirRows() {
        assertEquals("filter.comments: expected a filter object on the rows of to-many relation \"comments\""
                + " (table \"comments\"), found 3", error("posts", "{\"comments\": 3}"));
        assertEquals("filter.comments._is_null: operator \"_is_null\" needs a field of table \"comments\","
                + " e.g. {\"id\": {\"_is_null\": ...}}", error("posts", "{\"comments\": {\"_is_null\": true}}"));
    }

    @Test
    void limitsOnDepthAndListSize() {
        FilterParser small = FilterParser.create(BlogSchema.SCHEMA).withLimits(3, 2);
        FilterException deep = assertThrows(FilterException.class, () -> small.parse("posts",
                FilterJson.readTree("{\"_not\": {\"_not\": {\"_not\": {\"id\": 1}}}}", "filter")));
        assertEquals("filter._not._not._not: filter nests deeper than 3 levels", deep.getMessage());
        FilterException many = assertThrows(FilterException.class, () -> small.parse("posts",
                FilterJson.readTree("{\"id\": {\"_in\": [1, 2, 3]}}", "filter")));
        assertEquals("filter.id._in: too many values: 3, at most 2", many.getMessage());
    }

    @Test
    void theDefaultDepthLimitIs32() {
        String json = "{\"_not\": ".repeat(32) + "{\"id\": 1}" + "}".repeat(32);
        assertEquals("filter" + "._not".repeat(32) + ": filter nests deeper than 32 levels", error("posts", json));
        String fits = "{\"_not\": ".repeat(31) + "{\"id\": 1}" + "}".repeat(31);
        FilterParserTest.parse("posts", fits);
    }

    @Test
    void malformedAndDuplicateJsonIsRefused() {
        FilterException dup = assertThrows(FilterException.class,
                () -> FilterJson.readTree("{\"id\": 1, \"id\": 2}", "filter"));
        assertEquals("filter", dup.location());
        assertEquals("invalid JSON: Duplicate field 'id' (line 1, column 15)", dup.detail());
        assertThrows(FilterException.class, () -> FilterJson.readTree("{\"id\": 1} x", "filter"));
    }
}
