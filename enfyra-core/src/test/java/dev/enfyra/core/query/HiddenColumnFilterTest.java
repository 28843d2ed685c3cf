package dev.enfyra.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.filter.FilterException;
import dev.enfyra.core.filter.FilterParser;
import org.junit.jupiter.api.Test;

/** A column with {@code isPublished: false} can neither be filtered on nor guessed through suggestions. */
class HiddenColumnFilterTest {

    private static String error(String json) throws Exception {
        FilterParser parser = FilterParser.create(QueryFixture.SCHEMA);
        return assertThrows(FilterException.class, () -> parser.parse("users", new ObjectMapper().readTree(json))).getMessage();
    }

    @Test
    void filteringOnAHiddenColumnIsRefused() throws Exception {
        assertEquals("filter.password: field \"password\" of table \"users\" is not readable",
                error("{\"password\": {\"_starts_with\": \"a\"}}"));
    }

    @Test
    void hiddenColumnsAreNeverSuggested() throws Exception {
        assertEquals("filter.passwrd: unknown field \"passwrd\" on table \"users\"", error("{\"passwrd\": \"x\"}"));
    }
}
