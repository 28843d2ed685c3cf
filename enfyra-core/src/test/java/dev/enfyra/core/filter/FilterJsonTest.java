package dev.enfyra.core.filter;

import static dev.enfyra.core.filter.Filter.and;
import static dev.enfyra.core.filter.Filter.eq;
import static dev.enfyra.core.filter.Filter.exists;
import static dev.enfyra.core.filter.Filter.not;
import static dev.enfyra.core.filter.Filter.or;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.enfyra.core.testing.BlogSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code parse(write(f)) == f}, through the tree and through text. */
class FilterJsonTest {
    private static final FilterParser PARSER = FilterParser.create(BlogSchema.SCHEMA);

    private static FieldPath p(String dotted) {
        return FieldPath.parse(dotted);
    }

    /** Every operator at least once, on every value type, and every kind of nesting. */
    static Stream<Filter> filters() {
        return Stream.of(
                eq(p("age"), 3), Filter.neq(p("email"), "a@b"), Filter.gt(p("visits"), 9_007_199_254_740_993L),
                Filter.gte(p("ratio"), 0.25), Filter.lt(p("balance"), new BigDecimal("10.50")),
                Filter.lte(p("birthday"), LocalDate.of(2024, 2, 29)),
                Filter.in(p("token"), List.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))),
                Filter.notIn(p("role"), List.of("admin", "viewer")), Filter.in(p("age"), List.of()),
                Filter.notIn(p("age"), List.of()), Filter.contains(p("bio"), "Résumé %_"),
                Filter.startsWith(p("mongoRef"), "507f"), Filter.endsWith(p("name"), "son"),
                Filter.between(p("lastLogin"), OffsetDateTime.parse("2024-01-01T00:00:00.123456789+05:30"),
                        OffsetDateTime.parse("2024-12-31T23:59:59Z")),
                Filter.isNull(p("settings")), Filter.isNotNull(p("badges")), eq(p("active"), false),
                eq(p("profile"), UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
                eq(p("profile.website"), "w"), Filter.isNull(p("profile")),
                Filter.all(), and(eq(p("age"), 1)), and(eq(p("age"), 1), eq(p("name"), "x")),
                or(eq(p("age"), 1), not(eq(p("age"), 2))), not(Filter.all()),
                exists(p("posts"), Filter.all()),
                exists(p("posts"), and(eq(p("title"), "t"), exists(p("comments"), eq(p("post.author.email"), "e")))),
                not(exists(p("posts"), exists(p("tags"), Filter.in(p("name"), List.of("a", "b"))))),
                exists(p("profile.user.posts"), eq(p("author"), 1)));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void roundTripsThroughTheTree(Filter filter) {
        assertEquals(filter, PARSER.parse("users", FilterJson.write(filter)));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void roundTripsThroughText(Filter filter) {
        String text = FilterJson.toJson(filter);
        assertEquals(filter, PARSER.parse("users", FilterJson.readTree(text, "filter")), text);
    }

    @Test
    void writesTheCanonicalForm() {
        assertEquals("{\"author\":{\"email\":{\"_eq\":\"a\"}}}", FilterJson.toJson(eq(p("author.email"), "a")));
        assertEquals("{\"_and\":[]}", FilterJson.toJson(Filter.all()));
        assertEquals("{\"id\":{\"_not_in\":[1,2]}}", FilterJson.toJson(Filter.notIn(p("id"), List.of(1, 2))));
        assertEquals("{\"id\":{\"_is_null\":true}}", FilterJson.toJson(Filter.isNull(p("id"))));
        assertEquals("{\"comments\":{\"_not\":{\"body\":{\"_contains\":\"x\"}}}}",
                FilterJson.toJson(exists(p("comments"), not(Filter.contains(p("body"), "x")))));
        assertEquals("{\"at\":{\"_gt\":\"2024-01-31T12:00:00+02:00\"}}",
                FilterJson.toJson(Filter.gt(p("at"), OffsetDateTime.parse("2024-01-31T12:00+02:00"))));
        assertEquals("{\"d\":{\"_between\":[1.50,1E+3]}}",
                FilterJson.toJson(Filter.between(p("d"), new BigDecimal("1.50"), new BigDecimal("1E+3"))));
    }

    @Test
    void parsedFiltersRoundTripToo() {
        String json = """
                {"_or": [{"age": {"_gt": 1, "_lt": 5}}, {"posts": {"comments": {"body": null}}},
                 {"profile": {"_nin": []}}, {"name": {"_is_not_null": false}}, {"role": "admin"}]}""";
        Filter filter = PARSER.parse("users", FilterJson.readTree(json, "filter"));
        assertEquals(filter, PARSER.parse("users", FilterJson.write(filter)));
    }

    @Test
    void conditionsRefuseValuesOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class, () -> eq(p("a"), null));
        assertThrows(IllegalArgumentException.class, () -> eq(p("a"), java.time.Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> eq(p("a"), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> eq(p("a"), List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new Filter.Condition(p("a"), Operator.IS_NULL, 1));
        assertThrows(IllegalArgumentException.class, () -> new Filter.Condition(p("a"), Operator.IN, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Filter.Condition(p("a"), Operator.BETWEEN, List.of(1, 2, 3)));
        assertThrows(IllegalArgumentException.class,
                () -> new Filter.Condition(p("a"), Operator.CONTAINS, 5));
        assertThrows(IllegalArgumentException.class, Filter::or);
        assertThrows(IllegalArgumentException.class, () -> FieldPath.of("a", "b.c"));
    }
}
