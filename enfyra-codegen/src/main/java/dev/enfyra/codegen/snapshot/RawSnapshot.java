package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Origin;
import java.util.List;

/**
 * {@code snapshot.json} as written: strings are not interpreted yet (a type is still the text
 * "varchr" if that is what the file says), so the model stage can explain what is wrong.
 */
public record RawSnapshot(String file, List<Table> tables) {

    public RawSnapshot {
        tables = List.copyOf(tables);
    }

    /** One entry of the top-level object; {@code key} is the object key, {@code name} the "name" inside. */
    public record Table(
            Origin origin,
            Val<String> key,
            Val<String> name,
            String description,
            boolean isSystem,
            boolean isSingleRecord,
            List<Column> columns,
            List<Relation> relations,
            List<FieldList> uniques,
            List<FieldList> indexes) {

        public Table {
            columns = List.copyOf(columns);
            relations = List.copyOf(relations);
            uniques = List.copyOf(uniques);
            indexes = List.copyOf(indexes);
        }
    }

    /** {@code defaultValue} and {@code options} stay JSON: their meaning depends on the type. */
    public record Column(
            Origin origin,
            Val<String> name,
            Val<String> type,
            Val<Boolean> isPrimary,
            Val<Boolean> isGenerated,
            Val<Boolean> isNullable,
            JsonValue defaultValue,
            JsonValue options,
            Val<Boolean> isUpdatable,
            Val<Boolean> isPublished,
            String description,
            boolean isSystem) {
    }

    public record Relation(
            Origin origin,
            Val<String> propertyName,
            Val<String> type,
            Val<String> targetTable,
            Val<String> inversePropertyName,
            Val<Boolean> isNullable,
            Val<String> onDelete,
            Val<Boolean> isUpdatable,
            Val<String> foreignKeyColumn,
            Val<String> junctionTableName,
            Val<String> junctionSourceColumn,
            Val<String> junctionTargetColumn,
            String description,
            boolean isSystem) {
    }

    /** One entry of {@code uniques} or {@code indexes}: field names, columns or relation properties. */
    public record FieldList(Origin origin, List<Val<String>> fields) {
        public FieldList {
            fields = List.copyOf(fields);
        }
    }
}
