package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Origin;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value that remembers where it was written. Jackson's tree forgets positions, and
 * every diagnostic wants a line and column, so the snapshot stage reads into this instead.
 */
public sealed interface JsonValue {

    Origin origin();

    /** The JSON type as users know it: object, array, string, number, boolean or null. */
    String typeName();

    record Obj(Origin origin, Map<String, JsonValue> members) implements JsonValue {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Optional<JsonValue> get(String key) {
            return Optional.ofNullable(members.get(key));
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    record Arr(Origin origin, List<JsonValue> items) implements JsonValue {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    record Str(Origin origin, String value) implements JsonValue {
        @Override
        public String typeName() {
            return "string";
        }
    }

    record Num(Origin origin, BigDecimal value, boolean integral) implements JsonValue {
        @Override
        public String typeName() {
            return integral ? "integer" : "number";
        }
    }

    record Bool(Origin origin, boolean value) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record Null(Origin origin) implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }

    /** The value as it would be written in JSON, for "found:" lines; long values are cut. */
    static String show(JsonValue value) {
        String text = switch (value) {
            case Str s -> '"' + s.value() + '"';
            case Num n -> n.value().toPlainString();
            case Bool b -> Boolean.toString(b.value());
            case Null n -> "null";
            case Obj o -> "an object";
            case Arr a -> "an array";
        };
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
