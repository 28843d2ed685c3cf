package dev.enfyra.codegen.physical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.json.JsonReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of the physical schema (contract/plan-format.md). Keys are written in the order
 * the contract lists them, for people; hashes sort them anyway. Optional keys are left out, never
 * written as null.
 */
public final class PhysicalJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PhysicalJson() {
    }

    public static ObjectNode schema(PhysicalSchema schema) {
        ObjectNode out = F.objectNode();
        ArrayNode tables = out.putArray("tables");
        schema.tables().forEach(t -> tables.add(table(t)));
        return out;
    }

    public static ObjectNode table(PhysicalTable table) {
        return table(table, true);
    }

    /**
     * {@code withConstraints} false: without the {@code indexes} and {@code foreignKeys} keys, as
     * {@code createTable} carries a table (they are steps of their own).
     */
    public static ObjectNode table(PhysicalTable table, boolean withConstraints) {
        ObjectNode out = F.objectNode().put("name", table.name());
        ArrayNode columns = out.putArray("columns");
        table.columns().forEach(c -> columns.add(column(c)));
        strings(out.putArray("primaryKey"), table.primaryKey());
        if (withConstraints) {
            ArrayNode indexes = out.putArray("indexes");
            table.indexes().forEach(i -> indexes.add(index(i)));
            ArrayNode fks = out.putArray("foreignKeys");
            table.foreignKeys().forEach(f -> fks.add(foreignKey(f)));
        }
        return out;
    }

    public static ObjectNode column(PhysicalColumn c) {
        ObjectNode out = F.objectNode().put("name", c.name()).put("type", c.type())
                .put("nullable", c.nullable()).put("generated", c.generated());
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
            strings(out.putArray("values"), c.values());
        }
        if (c.defaultValue() != null) {
            out.set("default", c.defaultValue().deepCopy());
        }
        return out;
    }

    public static ObjectNode index(PhysicalIndex i) {
        ObjectNode out = F.objectNode().put("name", i.name());
        strings(out.putArray("columns"), i.columns());
        return out.put("unique", i.unique());
    }

    public static ObjectNode foreignKey(PhysicalForeignKey f) {
        ObjectNode out = F.objectNode().put("name", f.name());
        strings(out.putArray("columns"), f.columns());
        out.put("targetTable", f.targetTable());
        strings(out.putArray("targetColumns"), f.targetColumns());
        return out.put("onDelete", f.onDelete());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    // Reading: every problem is a JsonReader.FormatException naming the JSON pointer.

    public static PhysicalSchema readSchema(JsonReader r) {
        return new PhysicalSchema(r.list("tables", PhysicalJson::readTable));
    }

    public static PhysicalTable readTable(JsonReader r) {
        return new PhysicalTable(r.string("name"), r.list("columns", PhysicalJson::readColumn), r.strings("primaryKey"),
                r.optionalList("indexes", PhysicalJson::readIndex), r.optionalList("foreignKeys", PhysicalJson::readForeignKey));
    }

    public static PhysicalColumn readColumn(JsonReader r) {
        JsonNode defaultValue = r.node().get("default");
        return new PhysicalColumn(r.string("name"), r.string("type"), r.bool("nullable"), r.bool("generated"),
                r.optionalInt("length"), r.optionalInt("precision"), r.optionalInt("scale"),
                r.node().has("values") ? r.strings("values") : new ArrayList<>(), defaultValue);
    }

    public static PhysicalIndex readIndex(JsonReader r) {
        return new PhysicalIndex(r.string("name"), r.strings("columns"), r.bool("unique"));
    }

    public static PhysicalForeignKey readForeignKey(JsonReader r) {
        return new PhysicalForeignKey(r.string("name"), r.strings("columns"), r.string("targetTable"),
                r.strings("targetColumns"), r.string("onDelete"));
    }
}
