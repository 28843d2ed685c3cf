package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code default-data.json} and {@code data-migration.json} into {@link RawData}. */
final class DataParser {

    private static final String DELETED_RECORDS = "_deletedRecords";
    private static final String DELETED_TABLES = "_deletedTables";

    private final Diagnostics diagnostics;

    DataParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    RawData parse(String file, JsonValue root, boolean migration) {
        if (!(root instanceof JsonValue.Obj top)) {
            reader(new JsonValue.Obj(root.origin(), Map.of()), "file")
                    .report(root, "the top level of " + file, "an object keyed by table name");
            return RawData.empty(file);
        }
        ObjectReader r = reader(top, file);
        List<RawData.TableRows> tables = new ArrayList<>();
        for (var entry : top.members().entrySet()) {
            String key = entry.getKey();
            if (key.equals(SnapshotParser.SCHEMA_KEY) || migration && (key.equals(DELETED_RECORDS) || key.equals(DELETED_TABLES))) {
                continue;
            }
            rows(r, key, entry.getValue()).ifPresent(tables::add);
        }
        List<RawData.DeletedRecord> deleted = migration
                ? r.list(DELETED_RECORDS, "{\"table\": …, \"filter\": …} objects",
                        item -> r.asObject(item, "an entry of \"_deletedRecords\"").flatMap(this::deletedRecord))
                : List.of();
        List<Val<String>> deletedTables = migration ? r.strings(DELETED_TABLES) : List.of();
        return new RawData(file, tables, deleted, deletedTables);
    }

    private Optional<RawData.TableRows> rows(ObjectReader r, String table, JsonValue value) {
        List<JsonValue.Obj> rows = new ArrayList<>();
        if (value instanceof JsonValue.Obj single) {
            rows.add(single);
        } else if (value instanceof JsonValue.Arr array) {
            for (JsonValue item : array.items()) {
                r.asObject(item, "a row of \"" + table + "\"").ifPresent(rows::add);
            }
        } else {
            r.report(value, "the rows of \"" + table + "\"", "an object (one row) or an array of row objects");
            return Optional.empty();
        }
        return Optional.of(new RawData.TableRows(value.origin(), Val.of(table, value.origin()), rows));
    }

    private Optional<RawData.DeletedRecord> deletedRecord(JsonValue.Obj obj) {
        ObjectReader r = new ObjectReader(obj, "an entry of \"_deletedRecords\"", Set.of("table", "filter"), diagnostics);
        Val<String> table = r.string("table", true);
        r.require("filter", "an exact-match filter object");
        Optional<JsonValue.Obj> filter = r.raw("filter").flatMap(f -> r.asObject(f, "\"filter\""));
        if (table.value() == null || filter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RawData.DeletedRecord(obj.origin(), table, filter.get()));
    }

    private ObjectReader reader(JsonValue.Obj obj, String what) {
        // Every key of a data file is a table name (checked against the schema later), so none is "unknown" here.
        return new ObjectReader(obj, what, obj.members().keySet(), diagnostics);
    }
}
