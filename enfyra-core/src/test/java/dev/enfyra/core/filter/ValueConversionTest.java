package dev.enfyra.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.core.filter.Filter.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filter values become the Java type of the field they test. */
class ValueConversionTest {

    private static Object value(String json) {
        return ((Condition) FilterParserTest.parse("users", json)).value();
    }

    @Test
    void numbers() {
        assertEquals(42, value("{\"age\": 42}"));
        assertEquals(42, value("{\"age\": \"42\"}"));
        assertEquals(42, value("{\"age\": 42.0}"));
        assertEquals(List.of(1, 2), value("{\"age\": {\"_in\": [1, \"2\"]}}"));
        assertEquals(9_007_199_254_740_993L, value("{\"visits\": \"9007199254740993\"}"));
        assertEquals(5L, value("{\"visits\": 5}"));
        assertEquals(0.1, value("{\"ratio\": 0.1}"));
        assertEquals(new BigDecimal("12.50"), value("{\"balance\": 12.50}"));
        assertEquals(new BigDecimal("12.50"), value("{\"balance\": \"12.50\"}"));
    }

    @Test
    void textAndEnums() {
        assertEquals("a%b_", value("{\"email\": \"a%b_\"}"));
        assertEquals("editor", value("{\"role\": \"editor\"}"));
        // A text search matches parts of values, so it is not held to the enum's values.
        assertEquals("edi", value("{\"role\": {\"_contains\": \"edi\"}}"));
        assertEquals("507f1f77bcf86cd799439011", value("{\"mongoRef\": \"507f1f77bcf86cd799439011\"}"));
    }

    @Test
    void booleansUuidsAndDates() {
        assertEquals(true, value("{\"active\": true}"));
        assertEquals(false, value("{\"active\": \"false\"}"));
        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                value("{\"token\": \"123E4567-E89B-12D3-A456-426614174000\"}"));
        assertEquals(LocalDate.of(2024, 1, 31), value("{\"birthday\": \"2024-01-31\"}"));
        assertEquals(OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.ofHours(2)),
                value("{\"lastLogin\": \"2024-01-31T12:00:00+02:00\"}"));
        assertEquals(OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.UTC),
                value("{\"createdOn\": \"2024-01-31T12:00:00\"}"));
    }

    @Test
    void relationIdsTakeTheTargetsKeyType() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals(id, value("{\"profile\": \"" + id + "\"}"));
    }
}
