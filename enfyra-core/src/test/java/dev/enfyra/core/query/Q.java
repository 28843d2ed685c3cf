package dev.enfyra.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short forms for the query tests: parameters as name/value pairs, errors as their message. */
final class Q {
    private Q() {
    }

    static Map<String, List<String>> params(String... nameValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return params;
    }

    static QuerySpec parse(String table, String... nameValues) {
        return QueryParams.parse(QueryFixture.SCHEMA, table, params(nameValues));
    }

    /** The message of the rejection, checked to be a 400 of the form {@code location: detail}. */
    static String error(String table, String... nameValues) {
        return error(() -> parse(table, nameValues));
    }

    static String error(Runnable parse) {
        QueryException e = assertThrows(QueryException.class, parse::run);
        assertEquals(QueryException.Code.BAD_REQUEST, e.code());
        assertEquals(e.location() + ": " + e.detail(), e.getMessage());
        return e.getMessage();
    }

    /** Asserts that the canonical parameters read back to {@code spec} and are themselves stable. */
    static QuerySpec roundTrip(String table, QuerySpec spec) {
        Map<String, List<String>> params = QueryParams.toParams(spec);
        QuerySpec again = QueryParams.parse(QueryFixture.SCHEMA, table, params);
        assertEquals(spec, again, () -> "params " + params);
        assertEquals(params, QueryParams.toParams(again));
        return again;
    }
}
