package dev.enfyra.codegen.report;

import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.Table;
import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What clients of a generated backend see of each table: the REST routes ({@code /posts},
 * {@code /posts/{id}}), the GraphQL type ({@code posts}, with its inputs and filter) and the
 * entity record ({@code Posts}) with one component per field. Made from the model when it is
 * known; from a recorded (physical) schema, to-many relations are not visible, and a to-one
 * relation is named after its FK column.
 */
public record ApiSurface(Map<String, Entity> entities, boolean exact) {

    /**
     * @param column the physical column behind the field (an FK column for a to-one relation), or
     *               null for a to-many relation, which has none
     */
    public record Field(String name, String component, String type, List<String> values, boolean requiredOnCreate,
            String column) {
        public Field {
            values = List.copyOf(values);
        }
    }

    public record Entity(String table, String recordName, List<Field> fields) {
        public Entity {
            fields = List.copyOf(fields);
        }
    }

    public static ApiSurface of(Schema schema, NamingStrategy naming) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            List<Field> fields = new ArrayList<>();
            for (Column c : table.columns()) {
                fields.add(new Field(c.name(), c.javaName(), label(c), c.values(), !c.nullable() && !c.generated() && !c.primary()
                        && c.defaultValue() instanceof dev.enfyra.codegen.model.DefaultValue.None, c.name()));
            }
            for (Relation r : table.relations()) {
                fields.add(new Field(r.propertyName(), r.javaName(), r.kind().enfyraName() + " " + r.targetTable(), List.of(),
                        r.holdsForeignKey() && !r.nullable(), r.holdsForeignKey() ? r.foreignKeyColumn() : null));
            }
            out.put(table.name(), new Entity(table.name(), naming.typeName(table.name()), fields));
        }
        return new ApiSurface(out, true);
    }

    public static ApiSurface of(PhysicalSchema schema, NamingStrategy naming) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (PhysicalTable table : schema.tables()) {
            if (table.isJunction()) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            for (PhysicalColumn c : table.columns()) {
                boolean relation = table.foreignKeyOf(c.name()).isPresent();
                String name = relation && c.name().endsWith("Id") && c.name().length() > 2
                        ? c.name().substring(0, c.name().length() - 2) : c.name();
                String type = relation ? "many-to-one " + table.foreignKeyOf(c.name()).get().targetTable() : c.typeLabel();
                boolean key = table.primaryKey().contains(c.name());
                fields.add(new Field(name, naming.memberName(name), type, c.values(),
                        !c.nullable() && !c.generated() && !key && c.defaultValue() == null, c.name()));
            }
            out.put(table.name(), new Entity(table.name(), naming.typeName(table.name()), fields));
        }
        return new ApiSurface(out, false);
    }

    private static String label(Column c) {
        return switch (c.type()) {
            case VARCHAR -> "varchar(" + c.length() + ")";
            case DECIMAL -> "decimal(" + c.precision() + ", " + c.scale() + ")";
            default -> c.type().enfyraName();
        };
    }
}
