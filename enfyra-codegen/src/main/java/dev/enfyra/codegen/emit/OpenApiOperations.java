package dev.enfyra.codegen.emit;

import static dev.enfyra.codegen.emit.OpenApiSchemas.JSON;
import static dev.enfyra.codegen.emit.OpenApiSchemas.ref;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.model.Table;

/**
 * The five operations of a table, as the runtime's {@code TableResource} serves them:
 * {@code GET} and {@code POST /{table}}, {@code GET}, {@code PATCH} and {@code DELETE /{table}/{id}},
 * each with the error statuses it can answer.
 */
final class OpenApiOperations {

    private final OpenApiSchemas schemas;
    private final OpenApiComponents components;

    OpenApiOperations(OpenApiSchemas schemas, OpenApiComponents components) {
        this.schemas = schemas;
        this.components = components;
    }

    /** {@code /{table}}: list and create. */
    ObjectNode collection(Table table) {
        ObjectNode path = JSON.objectNode();
        ObjectNode list = operation(table, "list", "List " + table.name() + " rows", "The rows that match `filter`, sorted"
                + " and paged. Each parameter may be given once; an unknown one is a 400 naming it.");
        list.set("parameters", OpenApiParameters.list(table));
        ObjectNode page = JSON.objectNode().put("type", "object");
        page.putArray("required").add("data").add("meta");
        ObjectNode properties = page.putObject("properties");
        properties.putObject("data").put("type", "array").putObject("items").put("$ref", ref(schemas.rowName(table)));
        properties.putObject("meta").put("$ref", ref(components.name(OpenApiComponents.LIST_META)));
        responses(list, "200", "A page of rows.", page, "400", "500");
        path.set("get", list);

        ObjectNode create = operation(table, "create", "Create a " + table.name() + " row", "Inserts the row and"
                + " answers with it, read back; `fields` and `deep` choose what the answer holds.");
        create.set("parameters", OpenApiParameters.oneRow(table));
        create.set("requestBody", body(schemas.createName(table)));
        responses(create, "201", "The saved row.", data(table), "400", "409", "413", "422", "500");
        path.set("post", create);
        return path;
    }

    /** {@code /{table}/{id}}: read, update and delete one row. */
    ObjectNode item(Table table) {
        ObjectNode path = JSON.objectNode();
        String key = table.primaryKey().name();
        ObjectNode id = JSON.objectNode().put("name", "id").put("in", "path").put("required", true)
                .put("description", "The `" + key + "` of the row; a value of the wrong type finds no row (404).");
        id.set("schema", schemas.key(table));
        path.putArray("parameters").add(id);

        ObjectNode get = operation(table, "get", "Read a " + table.name() + " row", "`fields` and `deep` choose what the"
                + " answer holds; other parameters are a 400.");
        get.set("parameters", OpenApiParameters.oneRow(table));
        responses(get, "200", "The row.", data(table), "400", "404", "500");
        path.set("get", get);

        ObjectNode update = operation(table, "update", "Update a " + table.name() + " row", "Changes the fields sent and"
                + " answers with the row, read back; `fields` and `deep` choose what the answer holds.");
        update.set("parameters", OpenApiParameters.oneRow(table));
        update.set("requestBody", body(schemas.updateName(table)));
        responses(update, "200", "The saved row.", data(table), "400", "404", "409", "413", "422", "500");
        path.set("patch", update);

        ObjectNode delete = operation(table, "delete", "Delete a " + table.name() + " row", "Rows that reference it are"
                + " deleted too or unlinked, as the relation's `onDelete` says; with `RESTRICT` the delete is refused (409).");
        ObjectNode deleted = JSON.objectNode().put("type", "object");
        deleted.putArray("required").add(key);
        deleted.putObject("properties").set(key, schemas.key(table));
        ObjectNode answer = JSON.objectNode().put("type", "object");
        answer.putArray("required").add("data");
        answer.putObject("properties").set("data", deleted);
        responses(delete, "200", "The id of the deleted row.", answer, "404", "409", "500");
        path.set("delete", delete);
        return path;
    }

    private ObjectNode operation(Table table, String verb, String summary, String description) {
        ObjectNode operation = JSON.objectNode();
        operation.putArray("tags").add(table.name());
        return operation.put("summary", summary).put("description", description)
                .put("operationId", verb + schemas.rowName(table));
    }

    /** {@code {"data": row}}. */
    private ObjectNode data(Table table) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        schema.putArray("required").add("data");
        schema.putObject("properties").putObject("data").put("$ref", ref(schemas.rowName(table)));
        return schema;
    }

    private static ObjectNode body(String schemaName) {
        ObjectNode body = json("A JSON object of the fields to set, at most 1 MiB by default (`enfyra.maxBodyBytes`).",
                JSON.objectNode().put("$ref", ref(schemaName)));
        return body.put("required", true);
    }

    private static void responses(ObjectNode operation, String status, String description, ObjectNode schema, String... errors) {
        ObjectNode responses = operation.putObject("responses");
        responses.set(status, json(description, schema));
        for (String error : errors) {
            responses.set(error, OpenApiEmitter.errorRef(error));
        }
    }

    /** A response or request body of {@code application/json}. */
    static ObjectNode json(String description, ObjectNode schema) {
        ObjectNode out = JSON.objectNode().put("description", description);
        out.putObject("content").putObject("application/json").set("schema", schema);
        return out;
    }
}
