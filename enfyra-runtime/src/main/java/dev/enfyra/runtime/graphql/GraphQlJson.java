package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.runtime.api.ApiError;
import java.io.IOException;

/** JSON given as text inside GraphQL arguments. */
final class GraphQlJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

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
