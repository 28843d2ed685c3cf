package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the JSON tree of {@code snapshot.json} into a {@link RawSnapshot}, checking its shape. */
final class SnapshotParser {

    static final Set<String> TABLE_KEYS = Set.of(
            "name", "description", "isSystem", "columns", "relations", "uniques", "indexes", "isSingleRecord");
    static final Set<String> COLUMN_KEYS = Set.of(
            "name", "type", "isPrimary", "isGenerated", "isNullable", "defaultValue", "options",
            "isUpdatable", "isPublished", "description", "isSystem",
            // Enfyra column-definition fields that do not change the schema; accepted so they do not warn.
            "placeholder", "metadata", "isEncrypted");
    static final Set<String> RELATION_KEYS = Set.of(
            "propertyName", "type", "targetTable", "inversePropertyName", "isNullable", "onDelete",
            "isUpdatable", "foreignKeyColumn", "junctionTableName", "junctionSourceColumn",
            "junctionTargetColumn", "description", "isSystem",
            // Enfyra writes these on relations; they carry no schema meaning at build time.
            "isGenerated", "isPublished");

    /** Editors find the JSON Schema through this key; it is not a table. */
    static final String SCHEMA_KEY = "$schema";

    private final Diagnostics diagnostics;

    SnapshotParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    RawSnapshot parse(String file, JsonValue root) {
        if (!(root instanceof JsonValue.Obj top)) {
            new ObjectReader(new JsonValue.Obj(root.origin(), java.util.Map.of()), "snapshot", Set.of(), diagnostics)
                    .report(root, "the top level of snapshot.json", "an object keyed by table name");
            return new RawSnapshot(file, List.of());
        }
        List<RawSnapshot.Table> tables = new ArrayList<>();
        for (var entry : top.members().entrySet()) {
            if (entry.getKey().equals(SCHEMA_KEY)) {
                continue;
            }
            JsonValue value = entry.getValue();
            if (value instanceof JsonValue.Obj obj) {
                tables.add(table(entry.getKey(), obj));
            } else {
                ObjectReader outer = new ObjectReader(top, "snapshot", top.members().keySet(), diagnostics);
                outer.report(value, "table \"" + entry.getKey() + "\"", "an object");
            }
        }
        return new RawSnapshot(file, tables);
    }

    private RawSnapshot.Table table(String key, JsonValue.Obj obj) {
        ObjectReader r = new ObjectReader(obj, "table \"" + key + "\"", TABLE_KEYS, diagnostics);
        List<RawSnapshot.Column> columns = r.list("columns", "column objects",
                item -> r.asObject(item, "a column of \"" + key + "\"").map(o -> column(key, o)));
        r.require("columns", "an array of column objects");
        List<RawSnapshot.Relation> relations = r.list("relations", "relation objects",
                item -> r.asObject(item, "a relation of \"" + key + "\"").map(o -> relation(key, o)));
        return new RawSnapshot.Table(
                obj.origin(),
                Val.of(key, obj.origin()),
                r.string("name", true),
                r.string("description", false).value(),
                r.bool("isSystem", false).value(),
                r.bool("isSingleRecord", false).value(),
                columns,
                relations,
                fieldLists(r, "uniques"),
                fieldLists(r, "indexes"));
    }

    private RawSnapshot.Column column(String table, JsonValue.Obj obj) {
        ObjectReader r = new ObjectReader(obj, "a column of \"" + table + "\"", COLUMN_KEYS, diagnostics);
        return new RawSnapshot.Column(
                obj.origin(),
                r.string("name", true),
                r.string("type", true),
                r.bool("isPrimary", false),
                r.bool("isGenerated", false),
                r.bool("isNullable", true),
                r.raw("defaultValue").orElse(null),
                r.raw("options").filter(v -> !(v instanceof JsonValue.Null)).orElse(null),
                r.bool("isUpdatable", true),
                r.bool("isPublished", true),
                r.string("description", false).value(),
                r.bool("isSystem", false).value());
    }

    private RawSnapshot.Relation relation(String table, JsonValue.Obj obj) {
        ObjectReader r = new ObjectReader(obj, "a relation of \"" + table + "\"", RELATION_KEYS, diagnostics);
        return new RawSnapshot.Relation(
                obj.origin(),
                r.string("propertyName", true),
                r.string("type", true),
                r.string("targetTable", true),
                r.string("inversePropertyName", false),
                r.bool("isNullable", true),
                r.string("onDelete", false),
                r.bool("isUpdatable", true),
                r.string("foreignKeyColumn", false),
                r.string("junctionTableName", false),
                r.string("junctionSourceColumn", false),
                r.string("junctionTargetColumn", false),
                r.string("description", false).value(),
                r.bool("isSystem", false).value());
    }

    private static List<RawSnapshot.FieldList> fieldLists(ObjectReader r, String key) {
        return r.list(key, "field lists", item -> fieldList(r, key, item));
    }

    private static Optional<RawSnapshot.FieldList> fieldList(ObjectReader r, String key, JsonValue item) {
        if (!(item instanceof JsonValue.Arr array)) {
            r.report(item, "an entry of \"" + key + "\"", "an array of field names, e.g. [\"email\"]");
            return Optional.empty();
        }
        List<Val<String>> fields = new ArrayList<>();
        for (JsonValue field : array.items()) {
            r.asString(field, "a field of \"" + key + "\"").ifPresent(fields::add);
        }
        return Optional.of(new RawSnapshot.FieldList(array.origin(), fields));
    }
}
