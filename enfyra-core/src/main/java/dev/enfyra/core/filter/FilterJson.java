package dev.enfyra.core.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.filter.Filter.And;
import dev.enfyra.core.filter.Filter.Condition;
import dev.enfyra.core.filter.Filter.Exists;
import dev.enfyra.core.filter.Filter.Not;
import dev.enfyra.core.filter.Filter.Or;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The canonical JSON form of a {@link Filter}, as a REST client sends it, and strict reading of
 * filter JSON text. {@code parser.parse(table, FilterJson.write(f))} equals {@code f} for every
 * tree the parser can produce.
 *
 * <p>Canonical means: {@code _and}/{@code _or}/{@code _not} always explicit (even for an empty
 * AND, {@code {"_and": []}}), one operator per condition, relation paths as nested objects,
 * {@code _not_in} (never {@code _nin}), null checks as {@code {"_is_null": true}}.
 */
public final class FilterJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Reads filter text: decimals kept exact with their scale, and a key repeated in one object
     * is an error instead of the last one silently winning.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FilterJson() {
    }

    /** The canonical JSON of {@code filter}. */
    public static ObjectNode write(Filter filter) {
        return switch (filter) {
            case And and -> logical("_and", and.filters());
            case Or or -> logical("_or", or.filters());
            case Not not -> {
                ObjectNode node = NODES.objectNode();
                node.set("_not", write(not.filter()));
                yield node;
            }
            case Condition condition -> nest(condition.path(), operator(condition));
            case Exists exists -> nest(exists.relation(), write(exists.filter()));
        };
    }

    /** The canonical JSON of {@code filter} as compact text. */
    public static String toJson(Filter filter) {
        return write(filter).toString();
    }

    /**
     * Parses filter text strictly; malformed JSON is a {@link FilterException} at
     * {@code location} (e.g. {@code filter}).
     */
    public static JsonNode readTree(String text, String location) {
        try {
            return MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new FilterException(location, "invalid JSON: nested too deeply or too long");
        } catch (JsonProcessingException e) {
            throw new FilterException(location, "invalid JSON: " + clientMessage(e));
        }
    }

    /**
     * Jackson's own message, cut before the parts that describe its internals (source
     * references, implementation class names), with where it stopped reading.
     */
    static String clientMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        int internals = message.indexOf(" (from `");
        if (internals < 0) {
            internals = message.indexOf("\n at [");
        }
        String reason = internals < 0 ? message : message.substring(0, internals);
        reason = reason.replaceAll("\\s+", " ").strip();
        if (reason.length() > 160) {
            reason = reason.substring(0, 157) + "...";
        }
        return e.getLocation() == null ? reason
                : reason + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static ObjectNode logical(String name, List<Filter> filters) {
        ArrayNode array = NODES.arrayNode();
        filters.forEach(f -> array.add(write(f)));
        ObjectNode node = NODES.objectNode();
        node.set(name, array);
        return node;
    }

    /** Wraps {@code leaf} in one object per path segment, innermost last. */
    private static ObjectNode nest(FieldPath path, ObjectNode leaf) {
        ObjectNode node = leaf;
        List<String> segments = path.segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            ObjectNode outer = NODES.objectNode();
            outer.set(segments.get(i), node);
            node = outer;
        }
        return node;
    }

    private static ObjectNode operator(Condition condition) {
        ObjectNode node = NODES.objectNode();
        String name = condition.op().jsonName();
        switch (condition.op().operand()) {
            case NONE -> node.put(name, true);
            case ONE -> node.set(name, value(condition.value()));
            case LIST, PAIR -> {
                ArrayNode array = node.putArray(name);
                ((List<?>) condition.value()).forEach(v -> array.add(value(v)));
            }
        }
        return node;
    }

    /** One value; the types are those {@link Filter.Condition} admits. */
    static JsonNode value(Object value) {
        return switch (value) {
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Double d -> NODES.numberNode(d);
            case BigDecimal b -> DecimalNode.valueOf(b); // the factory may strip trailing zeros
            case String s -> NODES.textNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case UUID u -> NODES.textNode(u.toString());
            case LocalDate d -> NODES.textNode(d.toString());
            case OffsetDateTime t -> NODES.textNode(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            default -> throw new IllegalArgumentException("unsupported filter value " + value.getClass().getName());
        };
    }
}
