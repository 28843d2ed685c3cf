package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.enfyra.runtime.api.ApiError;
import java.io.IOException;

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

    static JsonNode parse(String text, String argument) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new ApiError(ApiError.Code.BAD_REQUEST, argument + ": not valid JSON");
        }
    }
}
