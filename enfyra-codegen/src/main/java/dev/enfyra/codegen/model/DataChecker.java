package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Suggestions;
import dev.enfyra.codegen.snapshot.JsonValue;
import dev.enfyra.codegen.snapshot.RawData;
import dev.enfyra.codegen.snapshot.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code default-data.json} and {@code data-migration.json} against the schema: known
 * tables and fields, and exact-match filters for {@code _deletedRecords}. Keys starting with
 * {@code _} are Enfyra directives ({@code _unique}, {@code _column}, …) and are not fields.
 */
final class DataChecker {

    private final Diagnostics d;

    DataChecker(Diagnostics d) {
        this.d = d;
    }

    void check(RawData data, Schema schema) {
        for (RawData.TableRows rows : data.tables()) {
            table(rows.table(), schema, data.file()).ifPresent(table -> rows.rows().forEach(row -> row(row, table)));
        }
        for (RawData.DeletedRecord deleted : data.deletedRecords()) {
            table(deleted.table(), schema, data.file()).ifPresent(table -> exactMatch(deleted.filter(), table, schema));
        }
    }

    private Optional<Table> table(Val<String> name, Schema schema, String file) {
        Optional<Table> table = schema.table(name.value());
        if (table.isEmpty()) {
            List<String> names = schema.tables().stream().map(Table::name).toList();
            d.report(DiagnosticCode.DATA_UNKNOWN_TABLE, name.origin(), file + " has rows for table \"" + name.value()
                            + "\", which snapshot.json does not have")
                    .found("\"" + name.value() + "\"")
                    .expected("a table of snapshot.json")
                    .hint(Optional.ofNullable(Suggestions.didYouMean(name.value(), names)).orElse("remove these rows or add the table"))
                    .add();
        }
        return table;
    }

    private void row(JsonValue.Obj row, Table table) {
        for (Map.Entry<String, JsonValue> field : row.members().entrySet()) {
            if (!field.getKey().startsWith("_")) {
                field(field.getKey(), field.getValue(), table);
            }
        }
    }

    private boolean field(String name, JsonValue at, Table table) {
        if (table.column(name).isPresent() || table.relation(name).isPresent()) {
            return true;
        }
        List<String> names = new ArrayList<>(table.columns().stream().map(Column::name).toList());
        table.relations().forEach(r -> names.add(r.propertyName()));
        d.report(DiagnosticCode.DATA_UNKNOWN_FIELD, at.origin(), "field \"" + name + "\" is not a column or relation of \""
                        + table.name() + "\"")
                .found("\"" + name + "\"")
                .expected("a column or relation of \"" + table.name() + "\"")
                .hint(Optional.ofNullable(Suggestions.didYouMean(name, names)).orElse("remove the field"))
                .add();
        return false;
    }

    /**
     * Only {@code {f: v}} and {@code {f: {_eq: v}}} with scalar values, as Enfyra accepts them: a data
     * migration must never delete more than the rows it names, and an empty filter would match all.
     */
    private void exactMatch(JsonValue.Obj filter, Table table, Schema schema) {
        if (filter.members().isEmpty()) {
            inexact(filter, "an empty filter, which matches every row");
        }
        for (Map.Entry<String, JsonValue> entry : filter.members().entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if (key.startsWith("_")) {
                inexact(value, "operator \"" + key + "\"");
            } else if (field(key, value, table)) {
                JsonValue compared = value instanceof JsonValue.Obj o && o.members().size() == 1 && o.members().containsKey("_eq")
                        ? o.members().get("_eq") : value;
                if (compared instanceof JsonValue.Obj || compared instanceof JsonValue.Arr || compared instanceof JsonValue.Null) {
                    inexact(value, "a condition other than equality with a value on \"" + key + "\"");
                }
            }
        }
    }

    private void inexact(JsonValue at, String found) {
        d.report(DiagnosticCode.DATA_INEXACT_DELETE, at.origin(), "_deletedRecords filters must match exactly")
                .found(found)
                .expected("{\"field\": value} or {\"field\": {\"_eq\": value}}, several fields in one object")
                .hint("name the records to delete by exact values (e.g. a unique key), so a data migration never deletes more than intended")
                .add();
    }
}
