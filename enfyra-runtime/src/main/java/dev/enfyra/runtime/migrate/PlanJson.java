package dev.enfyra.runtime.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Index;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The JSON form of steps and physical schemas, both ways. Reading collects every problem with
 * its JSON pointer instead of stopping at the first; a value that cannot be read becomes null
 * and the caller gives up when {@link #problems()} is not empty.
 */
public final class PlanJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<String> problems = new ArrayList<>();

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public PhysicalSchema schema(JsonNode node, String at) {
        List<Table> tables = list(node == null ? null : node.get("tables"), at + "/tables", this::table);
        return tables == null ? null : new PhysicalSchema(tables);
    }

    Step step(JsonNode node, String at) {
        String op = text(node, "op", at);
        if (op == null) {
            return null;
        }
        return switch (op) {
            case "createTable" -> new Step.CreateTable(table(node.get("table"), at + "/table"));
            case "dropTable" -> new Step.DropTable(table(node.get("table"), at + "/table"));
            case "renameTable" -> new Step.RenameTable(text(node, "from", at), text(node, "to", at));
            case "addColumn" -> new Step.AddColumn(text(node, "table", at), column(node.get("column"), at + "/column"));
            case "dropColumn" -> new Step.DropColumn(text(node, "table", at), column(node.get("column"), at + "/column"));
            case "renameColumn" -> new Step.RenameColumn(text(node, "table", at), text(node, "from", at), text(node, "to", at));
            case "alterColumn" -> new Step.AlterColumn(text(node, "table", at), column(node.get("from"), at + "/from"),
                    column(node.get("to"), at + "/to"));
            case "addIndex" -> new Step.AddIndex(text(node, "table", at), index(node.get("index"), at + "/index"));
            case "dropIndex" -> new Step.DropIndex(text(node, "table", at), index(node.get("index"), at + "/index"));
            case "addForeignKey" -> new Step.AddForeignKey(text(node, "table", at),
                    foreignKey(node.get("foreignKey"), at + "/foreignKey"));
            case "dropForeignKey" -> new Step.DropForeignKey(text(node, "table", at),
                    foreignKey(node.get("foreignKey"), at + "/foreignKey"));
            default -> {
                problems.add(at + "/op: unknown op \"" + op + "\"");
                yield null;
            }
        };
    }

    Table table(JsonNode node, String at) {
        if (!object(node, at)) {
            return null;
        }
        String name = text(node, "name", at);
        List<Column> columns = list(node.get("columns"), at + "/columns", this::column);
        List<String> primaryKey = strings(node.get("primaryKey"), at + "/primaryKey");
        List<Index> indexes = node.has("indexes") ? list(node.get("indexes"), at + "/indexes", this::index) : List.of();
        List<ForeignKey> fks = node.has("foreignKeys")
                ? list(node.get("foreignKeys"), at + "/foreignKeys", this::foreignKey) : List.of();
        if (name == null || columns == null || primaryKey == null || indexes == null || fks == null) {
            return null;
        }
        return new Table(name, columns, primaryKey, indexes, fks);
    }

    Column column(JsonNode node, String at) {
        if (!object(node, at)) {
            return null;
        }
        String name = text(node, "name", at);
        String typeName = text(node, "type", at);
        DataType type = typeName == null ? null : DataType.fromEnfyraName(typeName).orElse(null);
        if (typeName != null && type == null) {
            problems.add(at + "/type: unknown type \"" + typeName + "\"");
        }
        Boolean nullable = bool(node, "nullable", at);
        Boolean generated = bool(node, "generated", at);
        List<String> values = node.has("values") ? strings(node.get("values"), at + "/values") : List.of();
        JsonNode def = node.get("default");
        boolean now = def != null && def.isObject() && def.size() == 1 && def.path("now").asBoolean(false);
        if (name == null || type == null || nullable == null || generated == null || values == null) {
            return null;
        }
        return new Column(name, type, nullable, generated, integer(node, "length", at), integer(node, "precision", at),
                integer(node, "scale", at), values, now ? null : def, now);
    }

    Index index(JsonNode node, String at) {
        if (!object(node, at)) {
            return null;
        }
        String name = text(node, "name", at);
        List<String> columns = strings(node.get("columns"), at + "/columns");
        Boolean unique = bool(node, "unique", at);
        return name == null || columns == null || unique == null ? null : new Index(name, columns, unique);
    }

    ForeignKey foreignKey(JsonNode node, String at) {
        if (!object(node, at)) {
            return null;
        }
        String name = text(node, "name", at);
        List<String> columns = strings(node.get("columns"), at + "/columns");
        String target = text(node, "targetTable", at);
        List<String> targetColumns = strings(node.get("targetColumns"), at + "/targetColumns");
        String onDelete = text(node, "onDelete", at);
        if (name == null || columns == null || target == null || targetColumns == null || onDelete == null) {
            return null;
        }
        return new ForeignKey(name, columns, target, targetColumns, onDelete);
    }

    private boolean object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            problems.add(at + ": expected an object");
            return false;
        }
        return true;
    }

    private String text(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            problems.add(at + "/" + key + ": expected a string");
            return null;
        }
        return value.textValue();
    }

    private Boolean bool(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || !value.isBoolean()) {
            problems.add(at + "/" + key + ": expected true or false");
            return null;
        }
        return value.booleanValue();
    }

    private Integer integer(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problems.add(at + "/" + key + ": expected a whole number");
            return null;
        }
        return value.intValue();
    }

    private List<String> strings(JsonNode node, String at) {
        return list(node, at, (item, where) -> {
            if (!item.isTextual()) {
                problems.add(where + ": expected a string");
                return null;
            }
            return item.textValue();
        });
    }

    <T> List<T> list(JsonNode node, String at, BiFunction<JsonNode, String, T> read) {
        if (node == null || !node.isArray()) {
            problems.add(at + ": expected an array");
            return null;
        }
        List<T> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            T item = read.apply(node.get(i), at + "/" + i);
            ok &= item != null;
            out.add(item);
        }
        return ok ? out : null;
    }

    // ---- writing ----

    public static ObjectNode write(PhysicalSchema schema) {
        ObjectNode out = NODES.objectNode();
        ArrayNode tables = out.putArray("tables");
        schema.tables().forEach(t -> tables.add(write(t, true)));
        return out;
    }

    public static ObjectNode write(Table table, boolean withKeysAndIndexes) {
        ObjectNode out = NODES.objectNode();
        out.put("name", table.name());
        ArrayNode columns = out.putArray("columns");
        table.columns().forEach(c -> columns.add(write(c)));
        table.primaryKey().forEach(out.putArray("primaryKey")::add);
        if (withKeysAndIndexes) {
            ArrayNode indexes = out.putArray("indexes");
            table.indexes().forEach(i -> indexes.add(write(i)));
            ArrayNode fks = out.putArray("foreignKeys");
            table.foreignKeys().forEach(f -> fks.add(write(f)));
        }
        return out;
    }

    public static ObjectNode write(Column c) {
        ObjectNode out = NODES.objectNode();
        out.put("name", c.name());
        out.put("type", c.type().enfyraName());
        out.put("nullable", c.nullable());
        out.put("generated", c.generated());
        if (c.length() != null) {
            out.put("length", c.length());
        }
        if (c.precision() != null) {
            out.put("precision", c.precision());
        }
        if (c.scale() != null) {
            out.put("scale", c.scale());
        }
        if (!c.values().isEmpty()) {
            c.values().forEach(out.putArray("values")::add);
        }
        if (c.defaultNow()) {
            out.putObject("default").put("now", true);
        } else if (c.defaultValue() != null) {
            out.set("default", c.defaultValue());
        }
        return out;
    }

    public static ObjectNode write(Index index) {
        ObjectNode out = NODES.objectNode();
        out.put("name", index.name());
        index.columns().forEach(out.putArray("columns")::add);
        out.put("unique", index.unique());
        return out;
    }

    public static ObjectNode write(ForeignKey fk) {
        ObjectNode out = NODES.objectNode();
        out.put("name", fk.name());
        fk.columns().forEach(out.putArray("columns")::add);
        out.put("targetTable", fk.targetTable());
        fk.targetColumns().forEach(out.putArray("targetColumns")::add);
        out.put("onDelete", fk.onDelete());
        return out;
    }

    public static ObjectNode write(Step step) {
        ObjectNode out = NODES.objectNode();
        out.put("op", step.op());
        switch (step) {
            case Step.CreateTable s -> out.set("table", write(s.table(), false));
            case Step.DropTable s -> out.set("table", write(s.table(), true));
            case Step.RenameTable s -> out.put("from", s.from()).put("to", s.to());
            case Step.AddColumn s -> out.put("table", s.table()).set("column", write(s.column()));
            case Step.DropColumn s -> out.put("table", s.table()).set("column", write(s.column()));
            case Step.RenameColumn s -> out.put("table", s.table()).put("from", s.from()).put("to", s.to());
            case Step.AlterColumn s -> {
                out.put("table", s.table()).set("from", write(s.from()));
                out.set("to", write(s.to()));
            }
            case Step.AddIndex s -> out.put("table", s.table()).set("index", write(s.index()));
            case Step.DropIndex s -> out.put("table", s.table()).set("index", write(s.index()));
            case Step.AddForeignKey s -> out.put("table", s.table()).set("foreignKey", write(s.foreignKey()));
            case Step.DropForeignKey s -> out.put("table", s.table()).set("foreignKey", write(s.foreignKey()));
        }
        return out;
    }
}
