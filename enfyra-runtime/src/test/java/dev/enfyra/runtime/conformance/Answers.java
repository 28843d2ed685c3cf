package dev.enfyra.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.query.InMemoryQuery;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The in-memory reference's answer as the JSON the REST API writes (the conventions of
 * {@code JsonRows}: uuids, dates and date-times as text, date-times as UTC instants), and a
 * comparison of two JSON answers that takes numbers by value: {@code 12.5} equals {@code 12.50}
 * and {@code 7} equals {@code 7.0}. Averages are compared with a relative tolerance, since
 * databases round them differently.
 */
final class Answers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Relative tolerance of averages. */
    private static final BigDecimal AVG_TOLERANCE = new BigDecimal("1e-9");

    private Answers() {
    }

    /** {@code {"data": [...], "meta": {...}}} of a reference result. */
    static ObjectNode toJson(InMemoryQuery.Result result) {
        ObjectNode body = NODES.objectNode();
        body.set("data", toJson(result.data()));
        body.set("meta", toJson(result.meta()));
        return body;
    }

    static JsonNode toJson(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case JsonNode node -> node;
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Double d -> NODES.numberNode(d);
            case BigDecimal d -> NODES.numberNode(d);
            case Boolean b -> NODES.booleanNode(b);
            case String s -> NODES.textNode(s);
            case UUID u -> NODES.textNode(u.toString());
            case LocalDate d -> NODES.textNode(d.toString());
            case OffsetDateTime t -> NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(t));
            case Map<?, ?> map -> {
                ObjectNode node = NODES.objectNode();
                map.forEach((k, v) -> node.set((String) k, toJson(v)));
                yield node;
            }
            case List<?> list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(v -> node.add(toJson(v)));
                yield node;
            }
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        };
    }

    /** A value in a form that compares by meaning: numbers as stripped decimals, the rest as JSON text. */
    static Object canonical(Object value) {
        if (value instanceof Number) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return toJson(value).toString();
    }

    /** The first difference between {@code expected} and {@code actual}, or null when they agree. */
    static String diff(JsonNode expected, JsonNode actual) {
        return diff(expected, actual, Set.of());
    }

    /**
     * As {@link #diff(JsonNode, JsonNode)}; averages, and the sums of the columns named in
     * {@code floatColumns} (a database adds doubles as doubles, the reference exactly), are
     * compared with a relative tolerance.
     */
    static String diff(JsonNode expected, JsonNode actual, Set<String> floatColumns) {
        return diff(expected, actual, "$", floatColumns);
    }

    private static String diff(JsonNode expected, JsonNode actual, String at, Set<String> floats) {
        if (expected.isNumber() && actual.isNumber()) {
            BigDecimal e = expected.decimalValue();
            BigDecimal a = actual.decimalValue();
            boolean inexact = at.startsWith("$.meta.aggregate.avg.")
                    || at.startsWith("$.meta.aggregate.sum.") && floats.contains(at.substring("$.meta.aggregate.sum.".length()));
            boolean same = inexact ? close(e, a) : e.compareTo(a) == 0;
            return same ? null : at + ": expected " + expected + ", got " + actual;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return at + ": expected " + shorten(expected) + ", got " + shorten(actual);
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return at + ": expected " + expected.size() + " elements, got " + actual.size() + "\n  expected "
                        + shorten(expected) + "\n  got      " + shorten(actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = diff(expected.get(i), actual.get(i), at + "[" + i + "]", floats);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isObject()) {
            List<String> e = names(expected);
            List<String> a = names(actual);
            if (!e.equals(a)) {
                return at + ": expected keys " + e + ", got " + a;
            }
            for (String name : e) {
                String d = diff(expected.get(name), actual.get(name), at + "." + name, floats);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : at + ": expected " + expected + ", got " + actual;
    }

    private static boolean close(BigDecimal expected, BigDecimal actual) {
        BigDecimal delta = expected.subtract(actual).abs();
        BigDecimal scale = expected.abs().max(BigDecimal.ONE);
        return delta.divide(scale, MathContext.DECIMAL64).compareTo(AVG_TOLERANCE) <= 0;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    static String shorten(JsonNode node) {
        String text = node.toString();
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
