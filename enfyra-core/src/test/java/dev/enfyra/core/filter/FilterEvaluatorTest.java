package dev.enfyra.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.enfyra.core.testing.BlogSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each operator, SQL's NULL logic, text folding and relations, evaluated in memory. */
class FilterEvaluatorTest {
    private static final FilterEvaluator EVALUATOR = FilterEvaluator.create(BlogSchema.SCHEMA);

    private static Map<String, Object> user(int id, String name) {
        Map<String, Object> user = new HashMap<>();
        user.put("id", id);
        user.put("email", name + "@example.com");
        user.put("name", name);
        user.put("age", null);
        return user;
    }

    /** A post by {@code author} (null for none) with prio 10 unless null, title "Résumé 50%_off". */
    private static Map<String, Object> post(Map<String, Object> author, Integer prio) {
        Map<String, Object> post = new HashMap<>();
        post.put("id", 1);
        post.put("title", "Résumé 50%_off");
        post.put("body", null);
        post.put("prio", prio);
        post.put("published", true);
        post.put("author", author);
        post.put("comments", List.of(Map.of("id", 5, "body", "first"), Map.of("id", 6, "body", "Second")));
        post.put("tags", List.of());
        return post;
    }

    private static Truth eval(Map<String, Object> row, String json) {
        return EVALUATOR.evaluate("posts", FilterParserTest.parse("posts", json), row);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"prio": 10}                              | TRUE
            {"prio": {"_eq": 11}}                     | FALSE
            {"prio": {"_neq": 11}}                    | TRUE
            {"prio": {"_gt": 9}}                      | TRUE
            {"prio": {"_gt": 10}}                     | FALSE
            {"prio": {"_gte": 10}}                    | TRUE
            {"prio": {"_lt": 10}}                     | FALSE
            {"prio": {"_lte": 10}}                    | TRUE
            {"prio": {"_in": [1, 10]}}                | TRUE
            {"prio": {"_in": []}}                     | FALSE
            {"prio": {"_not_in": [1, 10]}}            | FALSE
            {"prio": {"_not_in": []}}                 | TRUE
            {"prio": {"_between": [10, 12]}}          | TRUE
            {"prio": {"_between": [12, 10]}}          | FALSE
            {"prio": {"_is_null": true}}              | FALSE
            {"prio": {"_is_not_null": true}}          | TRUE
            {"title": {"_contains": "resume"}}        | TRUE
            {"title": {"_contains": "RÉSU"}}          | TRUE
            {"title": {"_starts_with": "rés"}}        | TRUE
            {"title": {"_ends_with": "OFF"}}          | TRUE
            {"title": {"_contains": "50%_"}}          | TRUE
            {"title": {"_contains": "50%o"}}          | FALSE
            {"title": {"_contains": "5_%"}}           | FALSE
            {"title": {"_starts_with": "%"}}          | FALSE
            {"title": {"_contains": ""}}              | TRUE
            {"title": "résumé 50%_off"}               | FALSE
            {"title": "Résumé 50%_off"}               | TRUE
            """)
    void operatorsOnAValue(String json, Truth expected) {
        assertEquals(expected, eval(post(null, 10), json));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"prio": 10}                              | UNKNOWN
            {"prio": {"_neq": 10}}                    | UNKNOWN
            {"prio": {"_in": []}}                     | UNKNOWN
            {"prio": {"_not_in": []}}                 | UNKNOWN
            {"prio": {"_not_in": [1]}}                | UNKNOWN
            {"prio": {"_between": [0, 99]}}           | UNKNOWN
            {"prio": {"_is_null": true}}              | TRUE
            {"prio": {"_is_not_null": true}}          | FALSE
            {"_not": {"prio": 10}}                    | UNKNOWN
            {"_not": {"prio": {"_is_null": true}}}    | FALSE
            {"_or": [{"prio": 1}, {"id": 1}]}         | TRUE
            {"_or": [{"prio": 1}, {"id": 2}]}         | UNKNOWN
            {"_and": [{"prio": 1}, {"id": 2}]}        | FALSE
            {"_and": [{"prio": 1}, {"id": 1}]}        | UNKNOWN
            {"body": {"_contains": ""}}               | UNKNOWN
            """)
    void comparisonsWithNullAreUnknown(String json, Truth expected) {
        assertEquals(expected, eval(post(null, null), json));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"author": 7}                             | UNKNOWN
            {"author": {"_neq": 7}}                   | UNKNOWN
            {"author": {"_not_in": [7]}}              | UNKNOWN
            {"_not": {"author": {"_eq": 7}}}          | UNKNOWN
            {"author": null}                          | TRUE
            {"author": {"_is_not_null": true}}        | FALSE
            {"author": {"name": "ann"}}               | UNKNOWN
            {"author": {"name": {"_is_null": true}}}  | TRUE
            {"author": {"posts": {}}}                 | FALSE
            {"_not": {"author": {"posts": {}}}}       | TRUE
            """)
    void aNullToOneRelationIsNullAllTheWay(String json, Truth expected) {
        assertEquals(expected, eval(post(null, 1), json));
    }

    @Test
    void toOneRelationsAsRowsOrIds() {
        Map<String, Object> ann = user(7, "ann");
        assertEquals(Truth.TRUE, eval(post(ann, 1), "{\"author\": 7}"));
        assertEquals(Truth.TRUE, eval(post(ann, 1), "{\"author\": {\"name\": {\"_starts_with\": \"AN\"}}}"));
        assertEquals(Truth.UNKNOWN, eval(post(ann, 1), "{\"author\": {\"age\": {\"_gt\": 3}}}"));
        Map<String, Object> byId = post(null, 1);
        byId.put("author", 7L);
        assertEquals(Truth.TRUE, eval(byId, "{\"author\": {\"_in\": [7]}}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> eval(byId, "{\"author\": {\"name\": \"ann\"}}"));
        assertEquals("row value \"author\" holds only an id; evaluating author.name needs the related row as a map",
                e.getMessage());
    }

    @Test
    void toManyRelationsAreExistsAndNeverUnknown() {
        Map<String, Object> row = post(null, 1);
        assertEquals(Truth.TRUE, eval(row, "{\"comments\": {\"body\": {\"_contains\": \"second\"}}}"));
        assertEquals(Truth.FALSE, eval(row, "{\"comments\": {\"body\": \"third\"}}"));
        assertEquals(Truth.TRUE, eval(row, "{\"comments\": {}}"));
        assertEquals(Truth.FALSE, eval(row, "{\"tags\": {}}"));
        assertEquals(Truth.TRUE, eval(row, "{\"_not\": {\"tags\": {\"name\": \"x\"}}}"));
        // One EXISTS for both conditions: no single comment has id 5 and body "Second".
        assertEquals(Truth.FALSE, eval(row, "{\"comments\": {\"id\": 5, \"body\": \"Second\"}}"));
        Map<String, Object> withNullBody = new HashMap<>(Map.of("id", 7));
        withNullBody.put("body", null);
        row.put("comments", List.of(withNullBody));
        assertEquals(Truth.FALSE, eval(row, "{\"comments\": {\"body\": {\"_neq\": \"x\"}}}"));
    }

    @Test
    void numbersCompareByValueAcrossTypes() {
        Map<String, Object> row = post(null, 10);
        row.put("prio", 10L);
        assertEquals(Truth.TRUE, eval(row, "{\"prio\": 10}"));
        row.put("prio", new BigDecimal("10.00"));
        assertEquals(Truth.TRUE, eval(row, "{\"prio\": {\"_in\": [3, 10]}}"));
        Filter hand = Filter.between(FieldPath.of("prio"), 9.5, new BigDecimal("10"));
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("posts", hand, row));
        Map<String, Object> user = user(1, "u");
        user.put("ratio", 0.1);
        user.put("balance", 0.1);
        user.put("visits", 5);
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", Filter.eq(FieldPath.of("ratio"), new BigDecimal("0.1")), user));
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", Filter.eq(FieldPath.of("balance"), 0.1), user));
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", Filter.gt(FieldPath.of("visits"), 4L), user));
    }

    @Test
    void typedValuesCompareByMeaning() {
        Map<String, Object> user = user(1, "u");
        UUID token = UUID.randomUUID();
        user.put("token", token.toString().toUpperCase());
        user.put("birthday", LocalDate.of(2000, 2, 29));
        user.put("lastLogin", Instant.parse("2024-01-31T10:00:00Z"));
        user.put("createdOn", LocalDateTime.parse("2024-01-31T10:00:00"));
        user.put("active", 1); // MySQL's TINYINT(1)
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", Filter.eq(FieldPath.of("token"), token), user));
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", Filter.lt(FieldPath.of("birthday"), LocalDate.of(2000, 3, 1)), user));
        Filter sameInstant = Filter.eq(FieldPath.of("lastLogin"), OffsetDateTime.parse("2024-01-31T12:00:00+02:00"));
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", sameInstant, user));
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", Filter.eq(FieldPath.of("createdOn"),
                OffsetDateTime.parse("2024-01-31T10:00:00Z")), user));
        assertEquals(Truth.TRUE, EVALUATOR.evaluate("users", Filter.eq(FieldPath.of("active"), true), user));
    }

    @Test
    void rowsMissingANeededValueAreRefused() {
        Map<String, Object> row = new HashMap<>(Map.of("id", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> eval(row, "{\"prio\": 1}"));
        assertEquals("row of table \"posts\" has no value for \"prio\", needed by filter path prio", e.getMessage());
    }

    @Test
    void treesTheParserWouldRefuseAreProgrammingErrors() {
        Map<String, Object> row = post(null, 1);
        assertThrows(IllegalArgumentException.class,
                () -> EVALUATOR.evaluate("posts", Filter.eq(FieldPath.of("comments", "body"), "x"), row));
        assertThrows(IllegalArgumentException.class,
                () -> EVALUATOR.evaluate("posts", Filter.contains(FieldPath.of("prio"), "1"), row));
        assertThrows(IllegalArgumentException.class,
                () -> EVALUATOR.evaluate("posts", Filter.exists(FieldPath.of("author"), Filter.all()), row));
        assertThrows(IllegalArgumentException.class,
                () -> EVALUATOR.evaluate("posts", Filter.eq(FieldPath.of("nope"), 1), row));
    }
}
