package dev.enfyra.codegen.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Canonical JSON as the plan format defines it (contract/plan-format.md): object keys sorted by
 * {@link String#compareTo} (UTF-16 code units), no insignificant whitespace, strings with escapes
 * for {@code "}, {@code \} and control characters only, numbers plain with trailing zeros
 * stripped (as {@code model.Canonical} writes snapshot defaults, so {@code 1.50} and {@code 1.5}
 * are one value). The runtime recomputes checksums and confirm hashes with the same rules.
 */
public final class CanonicalJson {

    /**
     * Exact numbers (no detour through double), and a key twice is an error: a file with a
     * duplicate key has no single meaning, so it must not hash to one.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CanonicalJson() {
    }

    /** The canonical text of {@code node}. */
    public static String text(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** SHA-256 (lower-case hex) of the canonical text's UTF-8 bytes. */
    public static String sha256(JsonNode node) {
        return sha256Hex(text(node));
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Parses JSON text with the settings the hashes assume. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
                entries.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < entries.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    string(entries.get(i).getKey(), out);
                    out.append(':');
                    write(entries.get(i).getValue(), out);
                }
                out.append('}');
            }
            default -> out.append(scalar(node));
        }
    }

    /** A scalar in canonical form; also how pretty files write scalars, so both read back the same. */
    public static String scalar(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL, MISSING -> "null";
            case BOOLEAN -> Boolean.toString(node.booleanValue());
            case NUMBER -> number(node);
            case STRING -> {
                StringBuilder out = new StringBuilder();
                string(node.textValue(), out);
                yield out.toString();
            }
            default -> throw new IllegalArgumentException("not a scalar: " + node.getNodeType());
        };
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    public static void string(String s, StringBuilder out) {
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
