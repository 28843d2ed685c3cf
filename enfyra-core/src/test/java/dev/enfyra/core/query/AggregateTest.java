package dev.enfyra.core.query;

import static dev.enfyra.core.query.Q.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.enfyra.core.query.Aggregate.Function;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code aggregate}: its shape, which columns each function takes, and rejections. */
class AggregateTest {

    @Test
    void functionsToColumnsOrderedByFunction() {
        assertEquals(List.of(Aggregate.countAll(), Aggregate.of(Function.COUNT, "name"),
                        Aggregate.of(Function.SUM, "balance"), Aggregate.of(Function.SUM, "age"),
                        Aggregate.of(Function.AVG, "age"), Aggregate.of(Function.MIN, "lastLogin"),
                        Aggregate.of(Function.MAX, "name")),
                Q.parse("users", "aggregate", "{\"max\": \"name\", \"sum\": [\"balance\", \"age\"], \"count\":"
                        + " [\"*\", \"name\"], \"avg\": \"age\", \"min\": [\"lastLogin\"]}").aggregates());
    }

    @Test
    void countTakesAnyReadableColumn() {
        assertEquals(List.of(Aggregate.of(Function.COUNT, "settings"), Aggregate.of(Function.COUNT, "role")),
                Q.parse("users", "aggregate", "{\"count\": [\"settings\", \"role\"]}").aggregates());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"sum": ["name"]}           | aggregate.sum[0]: sum needs a column of type int, bigint, float, decimal; "name" is varchar
            {"avg": "lastLogin"}        | aggregate.avg: avg needs a column of type int, bigint, float, decimal; "lastLogin" is datetime
            {"min": "role"}             | aggregate.min: min needs a column of type int, bigint, float, decimal, varchar, text, date, datetime, timestamp, ObjectId; "role" is enum
            {"max": "settings"}         | aggregate.max: max needs a column of type int, bigint, float, decimal, varchar, text, date, datetime, timestamp, ObjectId; "settings" is simple-json
            {"sum": "*"}                | aggregate.sum: only count takes "*"; sum needs a column
            {"count": "password"}       | aggregate.count: field "password" of table "users" is not readable
            {"count": "posts"}          | aggregate.count: "posts" is a relation; aggregates take a column of table "users"
            {"count": "posts.id"}       | aggregate.count: aggregates take a column of table "users", not a path: "posts.id"
            {"sum": ["age", "agee"]}    | aggregate.sum[1]: unknown field "agee" on table "users"; did you mean "age"?
            {"sum": ["age", "age"]}     | aggregate.sum[1]: sum of "age" is already asked for (aggregate.sum[0])
            {"total": "*"}              | aggregate.total: unknown aggregate function "total"; use one of count, sum, avg, min, max
            {"coutn": "*"}              | aggregate.coutn: unknown aggregate function "coutn"; did you mean "count"?; use one of count, sum, avg, min, max
            {"sum": []}                 | aggregate.sum: expected a column name or a non-empty array of them, found []
            {"sum": 1}                  | aggregate.sum: expected a column name or a non-empty array of them, found 1
            {"sum": [1]}                | aggregate.sum[0]: expected a column name, found 1
            {}                          | aggregate: expected at least one of count, sum, avg, min, max, found {}
            ["count"]                   | aggregate: expected an object such as {"count": "*", "sum": ["price"]}, found ["count"]
            """)
    void rejected(String aggregate, String message) {
        assertEquals(message, error("users", "aggregate", aggregate));
    }

    @Test
    void theRecordTakesStarOnlyAsCount() {
        assertThrows(IllegalArgumentException.class, () -> Aggregate.of(Function.SUM, null));
        assertThrows(IllegalArgumentException.class, () -> Aggregate.of(Function.COUNT, "*"));
        assertEquals("*", Aggregate.countAll().key());
    }
}
