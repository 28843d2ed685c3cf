package dev.enfyra.codegen.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads JSON text into a {@link JsonValue} tree that keeps the line and column of every value. */
public final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String file;
    private final Diagnostics diagnostics;

    private JsonTreeReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * Parses {@code text}; a syntax error becomes an {@code ENF-S002} diagnostic with its line
     * and column and the result is empty.
     */
    public static Optional<JsonValue> read(String file, String text, Diagnostics diagnostics) {
        JsonTreeReader reader = new JsonTreeReader(file, diagnostics);
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                diagnostics.report(DiagnosticCode.JSON_SYNTAX, new Origin(file, "", 1, 1), "the file is empty")
                        .expected("a JSON object")
                        .hint("write {} for a file with nothing in it")
                        .add();
                return Optional.empty();
            }
            JsonValue value = reader.value(parser, "");
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                diagnostics.report(DiagnosticCode.JSON_SYNTAX, reader.origin("", at), "unexpected content after the end of the JSON value")
                        .found(parser.getText())
                        .expected("end of file")
                        .hint("remove what follows the closing bracket, or wrap the values in one object")
                        .add();
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diagnostics.report(DiagnosticCode.JSON_SYNTAX, reader.origin("", at), "invalid JSON: " + e.getOriginalMessage())
                    .expected("well-formed JSON (RFC 8259)")
                    .hint("look for a missing comma, quote or bracket at or just before this position")
                    .add();
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonValue value(JsonParser parser, String pointer) throws IOException {
        Origin origin = origin(pointer, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, pointer, origin);
            case START_ARRAY -> array(parser, pointer, origin);
            case VALUE_STRING -> new JsonValue.Str(origin, parser.getText());
            case VALUE_NUMBER_INT -> new JsonValue.Num(origin, parser.getDecimalValue(), true);
            case VALUE_NUMBER_FLOAT -> new JsonValue.Num(origin, parser.getDecimalValue(), false);
            case VALUE_TRUE -> new JsonValue.Bool(origin, true);
            case VALUE_FALSE -> new JsonValue.Bool(origin, false);
            case VALUE_NULL -> new JsonValue.Null(origin);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + origin.location());
        };
    }

    private JsonValue object(JsonParser parser, String pointer, Origin origin) throws IOException {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            String childPointer = pointer + "/" + Origin.escape(key);
            JsonValue child = value(parser, childPointer);
            if (members.containsKey(key)) {
                diagnostics.report(DiagnosticCode.DUPLICATE_JSON_KEY, origin(childPointer, keyAt), "key \"" + key + "\" appears twice in the same object")
                        .found("a second \"" + key + "\" (the first is at line " + members.get(key).origin().line() + ")")
                        .expected("each key once")
                        .hint("merge the two entries or rename one of them")
                        .add();
                continue;
            }
            members.put(key, child);
        }
        return new JsonValue.Obj(origin, members);
    }

    private JsonValue array(JsonParser parser, String pointer, Origin origin) throws IOException {
        List<JsonValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser, pointer + "/" + items.size()));
        }
        return new JsonValue.Arr(origin, items);
    }

    private Origin origin(String pointer, JsonLocation at) {
        return new Origin(file, pointer, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    }
}
