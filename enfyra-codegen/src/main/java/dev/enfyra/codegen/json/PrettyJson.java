package dev.enfyra.codegen.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON for people to read and review in a diff: keys in the order the tree has them, two-space
 * indentation, and any object or array that fits on one line ({@value #WIDTH} columns) written on
 * one line, so a column is one line and a table a short block. Scalars are written exactly as in
 * {@link CanonicalJson}, so both forms parse to the same tree.
 */
public final class PrettyJson {

    static final int WIDTH = 120;

    private PrettyJson() {
    }

    /** The text, ending with a newline. */
    public static String text(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, int indent, StringBuilder out) {
        String inline = inline(node);
        if (!node.isContainerNode() || node.isEmpty() || indent * 2 + inline.length() <= WIDTH) {
            out.append(inline);
            return;
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[');
        List<Map.Entry<String, JsonNode>> items = entries(node);
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
            Map.Entry<String, JsonNode> item = items.get(i);
            if (object) {
                CanonicalJson.string(item.getKey(), out);
                out.append(": ");
            }
            write(item.getValue(), indent + 1, out);
        }
        out.append('\n').append("  ".repeat(indent)).append(object ? '}' : ']');
    }

    /** One line: {@code {"a": 1, "b": [1, 2]}}. */
    private static String inline(JsonNode node) {
        if (!node.isContainerNode()) {
            return scalar(node);
        }
        boolean object = node.isObject();
        StringBuilder out = new StringBuilder().append(object ? '{' : '[');
        List<Map.Entry<String, JsonNode>> items = entries(node);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (object) {
                CanonicalJson.string(items.get(i).getKey(), out);
                out.append(": ");
            }
            out.append(inline(items.get(i).getValue()));
        }
        return out.append(object ? '}' : ']').toString();
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                out.add(it.next());
            }
        } else {
            node.forEach(item -> out.add(Map.entry("", item)));
        }
        return out;
    }

    private static String scalar(JsonNode node) {
        return CanonicalJson.scalar(node);
    }
}
