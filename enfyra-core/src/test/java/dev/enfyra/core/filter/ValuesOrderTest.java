package dev.enfyra.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.testing.BlogSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text orders by code point, as UTF-8 bytes do in PostgreSQL's "C" and MySQL's binary collations. */
class ValuesOrderTest {

    @Test
    void textComparesByCodePointNotUtf16Unit() {
        String replacement = "\uFFFD";
        String emoji = "\uD83D\uDE00"; // U+1F600, a surrogate pair whose first unit is below U+FFFD
        assertTrue(replacement.compareTo(emoji) > 0, "String.compareTo puts the emoji first");
        assertTrue(Values.compare(replacement, emoji) < 0);
        assertTrue(Values.compare("Z", "a") < 0);
        assertTrue(Values.compare("a", "É") < 0);
        assertTrue(Values.compare("ab", "abc") < 0);
        assertEquals(0, Values.compare("é", "é"));
    }

    @Test
    void rangeOperatorsUseTheSameOrder() {
        FilterEvaluator evaluator = FilterEvaluator.create(BlogSchema.SCHEMA);
        Map<String, Object> tag = Map.of("id", 1, "name", "\uD83D\uDE00");
        assertTrue(evaluator.matches("tags", Filter.gt(FieldPath.of("name"), "\uFFFD"), tag));
    }
}
