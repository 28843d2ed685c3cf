package dev.enfyra.codegen.model;

import dev.enfyra.codegen.snapshot.JsonValue;
import java.util.Map;
import java.util.TreeMap;

/** Canonical JSON text of a value: sorted keys, no insignificant whitespace, plain numbers. */
public final class Canonical {

    private Canonical() {
    }

    public static String json(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value) {
            case JsonValue.Null n -> out.append("null");
            case JsonValue.Bool b -> out.append(b.value());
            case JsonValue.Num n -> out.append(n.value().stripTrailingZeros().toPlainString());
            case JsonValue.Str s -> string(s.value(), out);
            case JsonValue.Arr a -> {
                out.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(a.items().get(i), out);
                }
                out.append(']');
            }
            case JsonValue.Obj o -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> e : new TreeMap<>(o.members()).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(e.getKey(), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            }
        }
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
