package dev.enfyra.codegen.physical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.enfyra.codegen.json.CanonicalJson;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.ColumnType;
import dev.enfyra.codegen.model.DefaultValue;
import dev.enfyra.codegen.model.ForeignKey;
import dev.enfyra.codegen.model.Junction;
import dev.enfyra.codegen.model.OnDelete;
import dev.enfyra.codegen.model.PhysicalNames;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.Table;
import dev.enfyra.codegen.model.TableKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the physical stage: the normalized model in, the tables the database holds out.
 * Names and shapes are the ones the runtime creates from the same model (enfyra-core
 * descriptors), so a database made from scratch and one made by migrations look the same.
 */
public final class PhysicalSchemas {

    private PhysicalSchemas() {
    }

    public static PhysicalSchema derive(Schema schema) {
        List<PhysicalTable> tables = new ArrayList<>();
        schema.tables().forEach(t -> tables.add(table(t, schema)));
        schema.junctions().forEach(j -> tables.add(junction(j, schema)));
        return new PhysicalSchema(tables);
    }

    private static PhysicalTable table(Table table, Schema schema) {
        List<PhysicalColumn> columns = new ArrayList<>();
        table.columns().forEach(c -> columns.add(column(c)));
        for (ForeignKey fk : table.foreignKeys()) {
            columns.add(reference(fk.column(), fk.nullable(), schema.requireTable(fk.targetTable()).primaryKey()));
        }
        List<PhysicalIndex> indexes = new ArrayList<>();
        table.uniques().forEach(u -> indexes.add(index(u, true)));
        table.indexes().forEach(i -> indexes.add(index(i, false)));
        List<PhysicalForeignKey> fks = table.foreignKeys().stream()
                .map(fk -> new PhysicalForeignKey(fk.name(), List.of(fk.column()), fk.targetTable(),
                        List.of(fk.targetColumn()), fk.onDelete().sql()))
                .toList();
        return new PhysicalTable(table.name(), columns, List.of(table.primaryKey().name()), indexes, fks);
    }

    private static PhysicalTable junction(Junction j, Schema schema) {
        Column source = schema.requireTable(j.sourceTable()).primaryKey();
        Column target = schema.requireTable(j.targetTable()).primaryKey();
        List<PhysicalForeignKey> fks = List.of(
                new PhysicalForeignKey(PhysicalNames.foreignKey(j.name(), j.sourceColumn()), List.of(j.sourceColumn()),
                        j.sourceTable(), List.of(source.name()), OnDelete.CASCADE.sql()),
                new PhysicalForeignKey(PhysicalNames.foreignKey(j.name(), j.targetColumn()), List.of(j.targetColumn()),
                        j.targetTable(), List.of(target.name()), OnDelete.CASCADE.sql()));
        return new PhysicalTable(j.name(),
                List.of(reference(j.sourceColumn(), false, source), reference(j.targetColumn(), false, target)),
                List.of(j.sourceColumn(), j.targetColumn()), List.of(), fks);
    }

    static PhysicalColumn column(Column c) {
        return new PhysicalColumn(c.name(), c.type().enfyraName(), c.nullable() && !c.primary(),
                databaseGenerated(c), c.type() == ColumnType.VARCHAR ? c.length() : null,
                c.type() == ColumnType.DECIMAL ? c.precision() : null, c.type() == ColumnType.DECIMAL ? c.scale() : null,
                c.type().hasValues() ? c.values() : List.of(), defaultValue(c.defaultValue()));
    }

    /** Only an int or bigint key is an identity column; a generated uuid comes from the runtime. */
    private static boolean databaseGenerated(Column c) {
        return c.primary() && c.generated() && c.type().isIntegral();
    }

    /** An FK or junction column: the referenced key's type (and length), no default. */
    private static PhysicalColumn reference(String name, boolean nullable, Column key) {
        return new PhysicalColumn(name, key.type().enfyraName(), nullable, false,
                key.type() == ColumnType.VARCHAR ? key.length() : null, null, null, List.of(), null);
    }

    private static PhysicalIndex index(TableKey key, boolean unique) {
        return new PhysicalIndex(key.name(), key.columns(), unique);
    }

    static JsonNode defaultValue(DefaultValue value) {
        return switch (value) {
            case DefaultValue.None n -> null;
            case DefaultValue.Now n -> JsonNodeFactory.instance.objectNode().put("now", true);
            case DefaultValue.Literal literal -> parse(literal.json());
        };
    }

    private static JsonNode parse(String json) {
        try {
            return CanonicalJson.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model keeps defaults as valid JSON: " + json, e);
        }
    }
}
