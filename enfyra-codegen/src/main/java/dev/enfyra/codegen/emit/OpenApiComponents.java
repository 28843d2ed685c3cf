package dev.enfyra.codegen.emit;

import static dev.enfyra.codegen.emit.OpenApiSchemas.JSON;
import static dev.enfyra.codegen.emit.OpenApiSchemas.ref;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The schemas every backend shares, {@code Error}, {@code ListMeta} and {@code Health}, and the
 * error responses. A table may take one of these names ({@code error} gives {@code Error}); the
 * shared schema then becomes {@code EnfyraError}, never the table's.
 */
final class OpenApiComponents {

    static final String ERROR = "Error";
    static final String LIST_META = "ListMeta";
    static final String HEALTH = "Health";

    private final Set<String> taken;

    OpenApiComponents(Set<String> tableSchemaNames) {
        this.taken = Set.copyOf(tableSchemaNames);
    }

    /** The name a shared schema has in this document. */
    String name(String shared) {
        String name = shared;
        if (taken.contains(name)) {
            name = "Enfyra" + shared;
        }
        while (taken.contains(name)) {
            name = name + "_";
        }
        return name;
    }

    void shared(ObjectNode schemas) {
        schemas.set(name(ERROR), error());
        schemas.set(name(LIST_META), listMeta());
        schemas.set(name(HEALTH), health());
    }

    private static ObjectNode error() {
        ObjectNode schema = JSON.objectNode().put("type", "object")
                .put("description", "Every error has this shape, and never carries SQL or a stack trace.");
        schema.putArray("required").add("statusCode").add("message").add("error");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("statusCode").put("type", "integer").put("description", "The HTTP status.");
        properties.putObject("message").put("type", "string").put("description", "What went wrong, for people. A 500's"
                + " message carries an id to find the full error in the server log.");
        ObjectNode error = properties.putObject("error").put("type", "object");
        error.putArray("required").add("code").add("details");
        ObjectNode parts = error.putObject("properties");
        ArrayNode codes = parts.putObject("code").put("type", "string").put("description", "Stable, for programs.").putArray("enum");
        OpenApiEmitter.ERROR_CODES.forEach(codes::add);
        ObjectNode detail = parts.putObject("details").put("type", "array")
                .put("description", "One entry per problem, e.g. per invalid field; often empty.")
                .putObject("items").put("type", "object");
        detail.putArray("required").add("field").add("message");
        ObjectNode detailProperties = detail.putObject("properties");
        detailProperties.putObject("field").put("type", "string").put("description", "A field of the body, e.g. `title`,"
                + " `tags[2]`; for a unique constraint one of its fields; for a delete refused, `table.relation`.");
        detailProperties.putObject("message").put("type", "string");
        ObjectNode example = schema.putArray("examples").addObject().put("statusCode", 404)
                .put("message", "no route GET /api/nope");
        example.putObject("error").put("code", "RESOURCE_NOT_FOUND").putArray("details");
        return schema;
    }

    private static ObjectNode listMeta() {
        ObjectNode schema = JSON.objectNode().put("type", "object")
                .put("description", "What `meta` and `aggregate` asked for; an empty object when neither was given.");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("totalCount").put("type", "integer").put("format", "int64")
                .put("description", "Every row of the table (`meta=totalCount`).");
        properties.putObject("filterCount").put("type", "integer").put("format", "int64")
                .put("description", "The rows matching `filter`, before paging (`meta=filterCount`).");
        ObjectNode aggregate = properties.putObject("aggregate").put("type", "object")
                .put("description", "The results of `aggregate`, by function, then by column (`*` for counted rows).");
        ObjectNode functions = aggregate.putObject("properties");
        functions.set("count", byColumn(JSON.objectNode().put("type", "integer").put("format", "int64")));
        for (String function : List.of("sum", "avg")) {
            ObjectNode exact = JSON.objectNode().put("description", "An exact decimal; null over no rows.");
            exact.putArray("type").add("number").add("null");
            functions.set(function, byColumn(exact));
        }
        for (String function : List.of("min", "max")) {
            functions.set(function, byColumn(JSON.objectNode().put("description", "A value of the column's type; null over no rows.")));
        }
        return schema;
    }

    private static ObjectNode byColumn(ObjectNode value) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        schema.set("additionalProperties", value);
        return schema;
    }

    private static ObjectNode health() {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        schema.putArray("required").add("status").add("database");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("status").put("type", "string").putArray("enum").add("UP").add("DOWN");
        properties.putObject("database").put("type", "string").put("description", "The database's dialect, e.g. `h2`.");
        return schema;
    }

    /** A response per error status, each an {@code Error}, its description naming the codes it may carry. */
    ObjectNode errorResponses(Map<String, String> byStatus) {
        Map<String, String> descriptions = Map.of(
                "400", "`BAD_REQUEST`: a malformed or unknown parameter, filter, field or sort; a body that is not a JSON object.",
                "404", "`RESOURCE_NOT_FOUND`: no row with that id.",
                "409", "`DUPLICATE_RESOURCE`: a unique constraint, its fields in `details`; `RESOURCE_IN_USE`: a delete refused"
                        + " because other rows still reference this one (`RESTRICT`).",
                "413", "`PAYLOAD_TOO_LARGE`: a body over `enfyra.maxBodyBytes` (1 MiB by default).",
                "422", "`VALIDATION_ERROR`: invalid fields, every problem listed in `details`, or a referenced row that does"
                        + " not exist (`details` names the relation).",
                "500", "`INTERNAL_SERVER_ERROR`: anything else; the message carries an id to find the error in the server log.");
        ObjectNode responses = JSON.objectNode();
        for (Map.Entry<String, String> entry : new TreeMap<>(byStatus).entrySet()) {
            responses.set(entry.getValue(), OpenApiOperations.json(descriptions.get(entry.getKey()),
                    JSON.objectNode().put("$ref", ref(name(ERROR)))));
        }
        return responses;
    }
}
