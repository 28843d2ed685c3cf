package dev.enfyra.codegen.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a Jackson tree that must have a known shape (a recorded migration), failing with the
 * JSON pointer of the first value that does not fit. Recorded files are written by the tool, so
 * one precise complaint is enough: there is no user typo to collect more of.
 */
public record JsonReader(JsonNode node, String pointer) {

    /** What is wrong and where (an RFC 6901 pointer into the file). */
    public static final class FormatException extends RuntimeException {
        private final String pointer;

        public FormatException(String pointer, String message) {
            super(message);
            this.pointer = pointer;
        }

        public String pointer() {
            return pointer;
        }
    }

    public static JsonReader root(JsonNode node) {
        if (!node.isObject()) {
            throw new FormatException("", "expected a JSON object");
        }
        return new JsonReader(node, "");
    }

    public JsonNode require(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new FormatException(pointer, "missing \"" + key + "\"");
        }
        return value;
    }

    public String string(String key) {
        JsonNode value = require(key);
        if (!value.isTextual()) {
            throw new FormatException(at(key), "\"" + key + "\" must be a string");
        }
        return value.asText();
    }

    public boolean bool(String key) {
        JsonNode value = require(key);
        if (!value.isBoolean()) {
            throw new FormatException(at(key), "\"" + key + "\" must be true or false");
        }
        return value.asBoolean();
    }

    public int integer(String key) {
        JsonNode value = require(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new FormatException(at(key), "\"" + key + "\" must be a whole number");
        }
        return value.asInt();
    }

    public Integer optionalInt(String key) {
        return node.has(key) ? integer(key) : null;
    }

    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonNode array = array(key);
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw new FormatException(at(key) + "/" + i, "expected a string");
            }
            out.add(array.get(i).asText());
        }
        return out;
    }

    public <T> List<T> list(String key, Function<JsonReader, T> item) {
        JsonNode array = array(key);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(item.apply(object(array.get(i), at(key) + "/" + i)));
        }
        return out;
    }

    public <T> List<T> optionalList(String key, Function<JsonReader, T> item) {
        return node.has(key) ? list(key, item) : List.of();
    }

    public JsonReader object(String key) {
        return object(require(key), at(key));
    }

    private JsonNode array(String key) {
        JsonNode value = require(key);
        if (!value.isArray()) {
            throw new FormatException(at(key), "\"" + key + "\" must be an array");
        }
        return value;
    }

    private static JsonReader object(JsonNode value, String pointer) {
        if (!value.isObject()) {
            throw new FormatException(pointer, "expected an object");
        }
        return new JsonReader(value, pointer);
    }

    private String at(String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }
}
