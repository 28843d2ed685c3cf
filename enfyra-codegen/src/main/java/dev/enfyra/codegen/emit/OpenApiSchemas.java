package dev.enfyra.codegen.emit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.DefaultValue;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schemas (OpenAPI 3.1, i.e. JSON Schema 2020-12, null as a type) of a table's rows and
 * write bodies. They say what the runtime does: a response row is what {@code JsonRows} writes,
 * a create or update body what {@code PayloadReader} accepts; which fields a write may send is
 * decided once, by {@link InputField}, for these schemas and the Java input records alike.
 */
final class OpenApiSchemas {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Where a value appears: reads and writes differ in what they accept and what they mention. */
    enum Use { READ, CREATE, UPDATE }

    private final EmitContext ctx;

    OpenApiSchemas(EmitContext ctx) {
        this.ctx = ctx;
    }

    static String ref(String schemaName) {
        return "#/components/schemas/" + schemaName;
    }

    /** {@code Posts}, {@code PostsCreate}, {@code PostsUpdate}: the names of the Java records. */
    String rowName(Table table) {
        return ctx.entity(table).simpleName();
    }

    String rowName(String tableName) {
        return rowName(ctx.schema().requireTable(tableName));
    }

    String createName(Table table) {
        return ctx.create(table).simpleName();
    }

    String updateName(Table table) {
        return ctx.update(table).simpleName();
    }

    /** A response row: published columns and every relation; {@code fields} decides which keys are present. */
    ObjectNode row(Table table) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        schema.put("description", text(table.description(), "A row of `" + table.name() + "`.")
                + " The keys present are those `fields` selects: by default every column listed here and every"
                + " relation, as `{\"id\": …}` references; an expanded relation (`rel.*`, `rel.field`) holds the"
                + " related rows instead, nested.");
        ObjectNode properties = schema.putObject("properties");
        for (Column column : table.columns()) {
            if (column.published()) {
                properties.set(column.name(), column(column, Use.READ));
            }
        }
        for (Relation relation : table.relations()) {
            properties.set(relation.propertyName(), readRelation(relation));
        }
        return schema;
    }

    /** A create body: unknown keys are refused; required = NOT NULL, no default, not generated. */
    ObjectNode create(Table table) {
        ObjectNode schema = write(table, InputField.forCreate(ctx, table), Use.CREATE, "A new `" + table.name()
                + "` row. A field left out takes its default; required fields must be sent. Primary keys that are"
                + " generated, `createdAt` and `updatedAt` are set by the server.");
        ArrayNode required = JSON.arrayNode();
        InputField.forCreate(ctx, table).stream().filter(InputField::required).forEach(f -> required.add(f.name()));
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    /** An update body: only the fields sent change; null sets a nullable field to NULL. */
    ObjectNode update(Table table) {
        return write(table, InputField.forUpdate(ctx, table), Use.UPDATE, "A change to a `" + table.name()
                + "` row: only the fields sent change, and `null` empties a nullable one. Primary keys and fields"
                + " with `isUpdatable: false` cannot change.");
    }

    private ObjectNode write(Table table, List<InputField> fields, Use use, String description) {
        ObjectNode schema = JSON.objectNode().put("type", "object").put("description", description);
        ObjectNode properties = schema.putObject("properties");
        for (InputField field : fields) {
            var column = table.column(field.name());
            properties.set(field.name(), column.isPresent() ? column(column.get(), use)
                    : writeRelation(table.relation(field.name()).orElseThrow()));
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** A table's primary key value, as the {@code {id}} path segment and in references. */
    ObjectNode key(Table table) {
        Column key = table.primaryKey();
        return value(key, false, Use.READ);
    }

    private ObjectNode column(Column column, Use use) {
        ObjectNode schema = value(column, column.nullable(), use);
        List<String> notes = new ArrayList<>();
        if (column.description() != null && !column.description().isBlank()) {
            notes.add(column.description().strip());
        }
        notes.addAll(typeNotes(column, use));
        if (use == Use.CREATE && !column.published()) {
            notes.add("Write-only: never returned.");
        }
        if (use == Use.CREATE && !column.updatable()) {
            notes.add("Cannot change after creation.");
        }
        if (use == Use.CREATE && column.defaultValue() instanceof DefaultValue.Now) {
            notes.add("Defaults to the current time.");
        }
        if (!notes.isEmpty()) {
            schema.put("description", String.join(" ", notes));
        }
        if (use == Use.CREATE && column.defaultValue() instanceof DefaultValue.Literal literal) {
            schema.set("default", parse(literal.json()));
        }
        return schema;
    }

    /** The JSON type of a column's values, as {@code JsonRows} writes them and {@code WriteValues} reads them. */
    private static ObjectNode value(Column column, boolean nullable, Use use) {
        ObjectNode schema = JSON.objectNode();
        switch (column.type()) {
            case INT -> type(schema, nullable, "integer").put("format", "int32");
            case BIGINT -> type(schema, nullable, "integer").put("format", "int64");
            case FLOAT -> type(schema, nullable, "number").put("format", "double");
            // Writes accept "12.50" too, which keeps every digit where a JSON number might not.
            case DECIMAL -> type(schema, nullable, use == Use.READ ? new String[] {"number"} : new String[] {"number", "string"});
            case VARCHAR -> type(schema, nullable, "string").put("maxLength", column.length());
            case TEXT, CODE, RICHTEXT -> type(schema, nullable, "string");
            case OBJECT_ID -> type(schema, nullable, "string").put("pattern", "^[0-9a-fA-F]{24}$");
            case BOOLEAN -> type(schema, nullable, "boolean");
            case UUID -> type(schema, nullable, "string").put("format", "uuid");
            case DATE -> type(schema, nullable, "string").put("format", "date");
            case DATETIME, TIMESTAMP -> type(schema, nullable, "string").put("format", "date-time");
            case ENUM -> {
                ArrayNode values = type(schema, nullable, "string").putArray("enum");
                column.values().forEach(values::add);
                if (nullable) {
                    values.addNull(); // enum is checked after type: without it, null would be refused
                }
            }
            case ARRAY_SELECT -> {
                type(schema, nullable, "array").put("uniqueItems", true);
                ArrayNode values = schema.putObject("items").put("type", "string").putArray("enum");
                column.values().forEach(values::add);
            }
            case SIMPLE_JSON -> {
                if (!nullable) {
                    type(schema, false, "object", "array", "string", "number", "boolean");
                }
            }
        }
        return schema;
    }

    private static List<String> typeNotes(Column column, Use use) {
        return switch (column.type()) {
            case DECIMAL -> List.of("Exact decimal (precision " + column.precision() + ", scale " + column.scale()
                    + "): at most " + (column.precision() - column.scale()) + " digits before the point and "
                    + column.scale() + " after, never rounded" + (use == Use.READ ? "." : "; a string such as \"12.50\" is accepted too."));
            case DATETIME, TIMESTAMP -> List.of(use == Use.READ ? "An ISO-8601 instant in UTC, e.g. 2026-01-05T09:00:00Z."
                    : "ISO-8601; without an offset the time is read as UTC. Stored to the millisecond.");
            case SIMPLE_JSON -> List.of("Any JSON value.");
            case ARRAY_SELECT -> List.of("A set of the listed values.");
            default -> List.of();
        };
    }

    /** {@code {"id": …}} by default, the related row when {@code fields} expands it: both are a {@code Target} object. */
    private ObjectNode readRelation(Relation relation) {
        String target = ref(rowName(relation.targetTable()));
        String expand = "`" + relation.propertyName() + ".*` or `" + relation.propertyName() + ".<field>` in `fields`";
        if (relation.isToOne()) {
            String description = relation.kind().enfyraName() + " relation to `" + relation.targetTable()
                    + "`: `{\"" + keyName(relation) + "\": …}`, or the related row (its selected fields) with " + expand + ".";
            // Only a NOT NULL relation whose foreign key is in this table always has a row at the other end.
            if (relation.holdsForeignKey() && !relation.nullable()) {
                return JSON.objectNode().put("description", description).put("$ref", target);
            }
            ObjectNode schema = JSON.objectNode().put("description", description);
            schema.putArray("anyOf").add(JSON.objectNode().put("$ref", target)).add(JSON.objectNode().put("type", "null"));
            return schema;
        }
        ObjectNode schema = JSON.objectNode().put("type", "array").put("description", relation.kind().enfyraName()
                + " relation to `" + relation.targetTable() + "`: a list of `{\"" + keyName(relation)
                + "\": …}`, or of the related rows (their selected fields) with " + expand + ".");
        schema.putObject("items").put("$ref", target);
        return schema;
    }

    /** A related row by its id or {@code {"id": …}}; a many-to-many relation by a list of them. */
    private ObjectNode writeRelation(Relation relation) {
        Table target = ctx.schema().requireTable(relation.targetTable());
        ObjectNode id = key(target);
        ObjectNode reference = JSON.objectNode().put("type", "object");
        reference.putObject("properties").set(keyName(relation), key(target));
        reference.putArray("required").add(keyName(relation));
        reference.put("additionalProperties", false);
        ObjectNode one = JSON.objectNode();
        ArrayNode choices = one.putArray("oneOf").add(id).add(reference);
        if (relation.isToOne()) {
            one.put("description", relation.kind().enfyraName() + " relation to `" + relation.targetTable()
                    + "`: the related row's id, or `{\"" + keyName(relation) + "\": id}`"
                    + (relation.nullable() ? "; null for none." : "."));
            if (relation.nullable()) {
                choices.add(JSON.objectNode().put("type", "null"));
            }
            return one;
        }
        ObjectNode schema = JSON.objectNode().put("type", "array").put("description", relation.kind().enfyraName()
                + " relation to `" + relation.targetTable() + "`: the ids of the related rows (or `{\""
                + keyName(relation) + "\": id}` objects); replaces the current links.");
        schema.set("items", one);
        return schema;
    }

    private String keyName(Relation relation) {
        return ctx.schema().requireTable(relation.targetTable()).primaryKey().name();
    }

    /** {@code "type": "string"}, or {@code ["string", "null"]}: OpenAPI 3.1 has no {@code nullable}. */
    private static ObjectNode type(ObjectNode schema, boolean nullable, String... types) {
        if (types.length == 1 && !nullable) {
            return schema.put("type", types[0]);
        }
        ArrayNode array = schema.putArray("type");
        for (String type : types) {
            array.add(type);
        }
        if (nullable) {
            array.add("null");
        }
        return schema;
    }

    static String text(String description, String fallback) {
        return description == null || description.isBlank() ? fallback : description.strip();
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("default value is canonical JSON: " + json, e);
        }
    }
}
