package dev.enfyra.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.enfyra.runtime.api.ApiError;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reading request bodies and writing responses as JSON. Responses are generated with Jackson's
 * streaming generator into a buffer, then sent with their length: a failure half-way can still
 * become a clean error response.
 */
public final class JsonBodies {

    /**
     * Strict, as filters are read ({@code FilterJson}): text after the JSON value, or a key given
     * twice in one object, is a malformed body (400), not a body whose first value or last key
     * silently wins.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
            .build();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    static {
        // Deeply nested bodies are refused before they cost stack or memory.
        FACTORY.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonBodies() {
    }

    /** Parses a request body; malformed JSON is a 400 that says where. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new ApiError(ApiError.Code.BAD_REQUEST, "the request body is empty; send a JSON object");
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() : "";
            throw new ApiError(ApiError.Code.BAD_REQUEST, "the request body is not valid JSON" + where);
        }
    }

    /** The request body, refused with 413 beyond {@code maxBytes}, whatever Content-Length claims. */
    public static byte[] read(io.helidon.webserver.http.ServerRequest req, int maxBytes) {
        try (java.io.InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ApiError(ApiError.Code.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(ServerResponse res, int status, Writer writer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = FACTORY.createGenerator(buffer)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(buffer.toByteArray());
    }

    public static void sendError(ServerResponse res, ApiError error) {
        send(res, error.status(), json -> MAPPER.writeValue(json, error.body()));
    }
}
