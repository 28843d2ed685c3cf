package dev.enfyra.runtime.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.schema.DataType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes rows straight to a Jackson generator, no intermediate tree: columns by their type
 * (date-times as ISO-8601 instants in UTC, decimals as exact numbers, JSON as JSON), relations
 * as {@code {"id": …}}, nested objects or arrays.
 */
public final class JsonRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRows() {
    }

    /** {@code [row, …]}. */
    public static void writeArray(JsonGenerator json, ReadResult result) throws IOException {
        json.writeStartArray();
        for (Row row : result.rows()) {
            write(json, row);
        }
        json.writeEndArray();
    }

    /** The first row, or null. */
    public static void writeFirst(JsonGenerator json, ReadResult result) throws IOException {
        if (result.rows().isEmpty()) {
            json.writeNull();
        } else {
            write(json, result.rows().get(0));
        }
    }

    static void write(JsonGenerator json, Row row) throws IOException {
        Shape shape = row.shape;
        json.writeStartObject();
        for (int index : shape.output) {
            Shape.Fetch fetch = shape.fetched.get(index);
            json.writeFieldName(fetch.column());
            value(json, fetch.type(), row.values[index]);
        }
        for (int i = 0; i < shape.slots.size(); i++) {
            Shape.Slot slot = shape.slots.get(i);
            json.writeFieldName(slot.relation().propertyName());
            relation(json, slot, row.relations[i]);
        }
        json.writeEndObject();
    }

    private static void relation(JsonGenerator json, Shape.Slot slot, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                relation(json, slot, item);
            }
            json.writeEndArray();
        } else if (value instanceof Row row) {
            write(json, row);
        } else {
            json.writeStartObject();
            json.writeFieldName(slot.target().primaryKey().name());
            value(json, slot.target().primaryKey().type(), value);
            json.writeEndObject();
        }
    }

    /** One value of a column of {@code type}. */
    public static void value(JsonGenerator json, DataType type, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Double d -> json.writeNumber(d);
            case BigDecimal d -> json.writeNumber(d);
            case Boolean b -> json.writeBoolean(b);
            case OffsetDateTime t -> json.writeString(DateTimeFormatter.ISO_INSTANT.format(t));
            case LocalDate d -> json.writeString(d.toString());
            case JsonNode node -> MAPPER.writeTree(json, node);
            // Meta: counts and aggregates, whose min and max may be dates and date-times, which
            // the plain mapper cannot write (no JSR-310 module): each value as a column value.
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    value(json, type, entry.getValue());
                }
                json.writeEndObject();
            }
            default -> json.writeString(value.toString());
        }
    }
}
