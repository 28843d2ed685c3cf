package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.enfyra.runtime.api.ApiError;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** JSON given as text: variables in a GET query string, and the mapper of GraphQL responses. */
final class GraphQlJson {

    /**
     * Read as POST bodies are read ({@code JsonBodies}): decimals exact (variables given in a GET
     * query string would otherwise pass through doubles), a repeated key or text after the value
     * refused.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private GraphQlJson() {
    }

    /**
     * Writes a GraphQL result (maps, lists, strings, numbers, booleans, JSON trees) straight to
     * the generator; anything else goes through the mapper.
     */
    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof JsonNode node) {
            MAPPER.writeTree(json, node);
        } else {
            MAPPER.writeValue(json, value);
        }
    }

    static JsonNode parse(String text, String argument) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new ApiError(ApiError.Code.BAD_REQUEST, argument + ": not valid JSON");
        }
    }
}
