package dev.enfyra.codegen.model;

import dev.enfyra.codegen.snapshot.RawSnapshot;

/** A relation as declared in the snapshot, after its type and target were found valid. */
record Declared(TableDraft table, RawSnapshot.Relation raw, RelationKind kind, TableDraft target) {

    String property() {
        return raw.propertyName().value();
    }

    String inverse() {
        return raw.inversePropertyName().value();
    }

    String key() {
        return key(table.name(), property());
    }

    static String key(String table, String property) {
        return table + "." + property;
    }

    String where() {
        return "relation \"" + table.name() + "." + property() + "\"";
    }
}
