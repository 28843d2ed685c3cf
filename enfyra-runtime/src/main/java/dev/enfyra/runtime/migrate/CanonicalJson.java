package dev.enfyra.runtime.migrate;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON of docs/plan-format (the contract): keys sorted by {@link String#compareTo},
 * no insignificant whitespace, strings with escapes for {@code "} {@code \} and control
 * characters only, and SHA-256 hex over its UTF-8 bytes. Numbers are written as the compiler's
 * canonical form writes them (plain, trailing zeros stripped), so {@code 1.50} and {@code 1.5}
 * hash alike; integers are plain digits either way.
 */
public final class CanonicalJson {

    /** Exact numbers, and a duplicate key is an error rather than a silent last-one-wins. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CanonicalJson() {
    }

    public static JsonNode parse(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** SHA-256 hex of the canonical JSON of {@code node}. */
    public static String hash(JsonNode node) {
        return sha256(write(node));
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case NULL, MISSING -> out.append("null");
            case BOOLEAN -> out.append(node.booleanValue());
            case NUMBER -> out.append(number(node));
            case STRING -> string(node.textValue(), out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case OBJECT -> {
                List<String> keys = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(keys::add);
                keys.sort(null);
                out.append('{');
                for (int i = 0; i < keys.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    string(keys.get(i), out);
                    out.append(':');
                    write(node.get(keys.get(i)), out);
                }
                out.append('}');
            }
            default -> throw new IllegalArgumentException("not JSON: " + node.getNodeType());
        }
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical JSON of an object whose members named in {@code written} are already written
     * canonically (their text is spliced in), leaving out the members in {@code skip}: the whole
     * file's checksum reuses the schema's text instead of writing it a second time.
     */
    public static String write(JsonNode object, Map<String, String> written, java.util.Set<String> skip) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        keys.sort(null);
        StringBuilder out = new StringBuilder();
        out.append('{');
        boolean first = true;
        for (String key : keys) {
            if (skip.contains(key)) {
                continue;
            }
            out.append(first ? "" : ",");
            first = false;
            string(key, out);
            out.append(':');
            String text = written.get(key);
            if (text != null) {
                out.append(text);
            } else {
                write(object.get(key), out);
            }
        }
        return out.append('}').toString();
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        if (plain(s)) {
            // Nearly every string of a plan: nothing to escape, appended whole.
            out.append(s).append('"');
            return;
        }
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
