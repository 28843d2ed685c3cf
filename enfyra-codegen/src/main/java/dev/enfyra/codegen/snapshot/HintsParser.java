package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Diagnostics;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code snapshot-migration.json} into {@link RawHints}, checking its shape. */
final class HintsParser {

    private static final Set<String> ROOT_KEYS = Set.of(
            "tables", "tablesToDrop", "tablesToRename", "coreTablesToRename",
            "physicalTablesToDrop", "physicalTablesToRename", SnapshotParser.SCHEMA_KEY);
    private static final Set<String> TABLE_KEYS = Set.of(
            "_unique", "columnsToModify", "columnsToRemove", "relationsToModify", "relationsToRemove");
    private static final Set<String> RENAME_KEYS = Set.of("from", "to", "mergeKeys");

    private final Diagnostics diagnostics;

    HintsParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    RawHints parse(String file, JsonValue root) {
        if (!(root instanceof JsonValue.Obj obj)) {
            new ObjectReader(new JsonValue.Obj(root.origin(), java.util.Map.of()), "file", Set.of(), diagnostics)
                    .report(root, "the top level of snapshot-migration.json", "an object");
            return RawHints.empty(file);
        }
        ObjectReader r = new ObjectReader(obj, "snapshot-migration.json", ROOT_KEYS, diagnostics);
        return new RawHints(
                file,
                r.list("tables", "table hint objects", item -> r.asObject(item, "a table hint").flatMap(this::tableHints)),
                r.strings("tablesToDrop"),
                renames(r, "tablesToRename"),
                renames(r, "coreTablesToRename"),
                r.strings("physicalTablesToDrop"),
                renames(r, "physicalTablesToRename"));
    }

    private Optional<RawHints.TableHints> tableHints(JsonValue.Obj obj) {
        ObjectReader r = new ObjectReader(obj, "a table hint", TABLE_KEYS, diagnostics);
        Optional<Val<String>> table = uniqueName(r);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RawHints.TableHints(
                obj.origin(),
                table.get(),
                changes(r, "columnsToModify", "name"),
                r.strings("columnsToRemove"),
                changes(r, "relationsToModify", "propertyName"),
                r.strings("relationsToRemove")));
    }

    /** {@code "_unique": {"name": {"_eq": "posts"}}}: the only matcher Enfyra writes here. */
    private Optional<Val<String>> uniqueName(ObjectReader r) {
        r.require("_unique", "{\"name\": {\"_eq\": \"<table name>\"}}");
        Optional<JsonValue> eq = r.raw("_unique")
                .flatMap(u -> u instanceof JsonValue.Obj o ? o.get("name") : Optional.empty())
                .flatMap(n -> n instanceof JsonValue.Obj o ? o.get("_eq") : Optional.empty());
        if (eq.isPresent() && eq.get() instanceof JsonValue.Str s) {
            return Optional.of(Val.of(s.value(), s.origin()));
        }
        r.raw("_unique").ifPresent(u -> r.report(eq.orElse(u), "\"_unique\" of a table hint",
                "{\"name\": {\"_eq\": \"<table name>\"}}"));
        return Optional.empty();
    }

    private List<RawHints.Change> changes(ObjectReader r, String key, String nameKey) {
        return r.list(key, "{\"from\": …, \"to\": …} objects",
                item -> r.asObject(item, "an entry of \"" + key + "\"").flatMap(o -> change(o, key, nameKey)));
    }

    private Optional<RawHints.Change> change(JsonValue.Obj obj, String key, String nameKey) {
        ObjectReader r = new ObjectReader(obj, "an entry of \"" + key + "\"", Set.of("from", "to"), diagnostics);
        r.require("from", "an object with \"" + nameKey + "\"");
        r.require("to", "an object with \"" + nameKey + "\"");
        Optional<JsonValue.Obj> from = r.raw("from").flatMap(v -> r.asObject(v, "\"from\""));
        Optional<JsonValue.Obj> to = r.raw("to").flatMap(v -> r.asObject(v, "\"to\""));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Val<String> fromName = new ObjectReader(from.get(), "\"from\"", from.get().members().keySet(), diagnostics)
                .string(nameKey, true);
        Val<String> toName = new ObjectReader(to.get(), "\"to\"", to.get().members().keySet(), diagnostics)
                .string(nameKey, true);
        if (fromName.value() == null || toName.value() == null) {
            return Optional.empty();
        }
        return Optional.of(new RawHints.Change(obj.origin(), fromName, toName, from.get(), to.get()));
    }

    private List<RawHints.Rename> renames(ObjectReader r, String key) {
        return r.list(key, "{\"from\": …, \"to\": …} objects",
                item -> r.asObject(item, "an entry of \"" + key + "\"").flatMap(o -> rename(o, key)));
    }

    private Optional<RawHints.Rename> rename(JsonValue.Obj obj, String key) {
        ObjectReader r = new ObjectReader(obj, "an entry of \"" + key + "\"", RENAME_KEYS, diagnostics);
        Val<String> from = r.string("from", true);
        Val<String> to = r.string("to", true);
        if (from.value() == null || to.value() == null) {
            return Optional.empty();
        }
        List<String> mergeKeys = r.strings("mergeKeys").stream().map(Val::value).toList();
        return Optional.of(new RawHints.Rename(obj.origin(), from, to, mergeKeys));
    }
}
