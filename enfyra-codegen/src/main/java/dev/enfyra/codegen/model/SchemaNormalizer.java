package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.snapshot.RawSnapshot;
import dev.enfyra.codegen.snapshot.Snapshot;
import dev.enfyra.codegen.snapshot.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point of the model stage: a read {@link Snapshot} in, the normalized {@link Schema}
 * and every diagnostic out. The schema is complete even when there are errors (bad parts are
 * left out), so one run reports as much as it can.
 */
public final class SchemaNormalizer {

    private final Diagnostics d = new Diagnostics();
    private final NamingStrategy naming;

    private SchemaNormalizer(NamingStrategy naming) {
        this.naming = naming;
    }

    public static Result<Schema> normalize(Snapshot snapshot) {
        return normalize(snapshot, NamingStrategy.DEFAULT, Optional.empty());
    }

    /**
     * @param previous the schema before this change, when known (from the recorded history or a
     *                 given file): lets {@code snapshot-migration.json} hints be checked against both versions
     */
    public static Result<Schema> normalize(Snapshot snapshot, NamingStrategy naming, Optional<Schema> previous) {
        SchemaNormalizer normalizer = new SchemaNormalizer(naming);
        Schema schema = normalizer.schema(snapshot.schema());
        new HintChecker(normalizer.d).check(snapshot.hints(), schema, previous);
        new DataChecker(normalizer.d).check(snapshot.defaultData(), schema);
        new DataChecker(normalizer.d).check(snapshot.dataMigration(), schema);
        return new Result<>(schema, normalizer.d.sorted());
    }

    private Schema schema(RawSnapshot raw) {
        Map<String, TableDraft> drafts = drafts(raw);
        RelationResolver.Output relations = new RelationResolver(d, drafts).resolve(naming);
        KeyResolver keys = new KeyResolver(d);
        List<Table> tables = new ArrayList<>();
        for (TableDraft draft : drafts.values()) {
            List<Relation> rels = relations.relations().get(draft.name());
            List<ForeignKey> fks = relations.foreignKeys().getOrDefault(draft.name(), List.of());
            List<TableKey> uniques = keys.uniques(draft, rels, fks);
            List<TableKey> indexes = keys.indexes(draft, rels, fks, uniques);
            RawSnapshot.Table t = draft.raw();
            tables.add(new Table(draft.name(), t.description(), t.isSystem(), t.isSingleRecord(), draft.columns(),
                    rels, fks, uniques, indexes, draft.javaName()));
        }
        checkJavaNames(drafts, tables);
        return new Schema(tables, relations.junctions());
    }

    private Map<String, TableDraft> drafts(RawSnapshot raw) {
        Map<String, TableDraft> drafts = new LinkedHashMap<>();
        Map<String, RawSnapshot.Table> seen = new HashMap<>();
        ColumnNormalizer columns = new ColumnNormalizer(d, naming);
        for (RawSnapshot.Table table : raw.tables()) {
            String name = tableName(table);
            if (!Identifiers.check(Val.of(name, table.name().present() ? table.name().origin() : table.origin()), "table name", d)) {
                continue;
            }
            RawSnapshot.Table first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), table);
            if (first != null) {
                d.report(DiagnosticCode.DUPLICATE_TABLE, table.name().present() ? table.name().origin() : table.origin(),
                                "table \"" + name + "\" is declared twice")
                        .found("\"" + name + "\" again (first at " + first.origin().pointer() + ")")
                        .expected("unique table names (compared without case: some databases fold it)")
                        .hint("remove or rename one of the two tables")
                        .add();
                continue;
            }
            drafts.put(name, new TableDraft(name, table, columns.columns(table, name), naming.typeName(name)));
        }
        return drafts;
    }

    /** The "name" inside wins over the key, as Enfyra reads it; a difference is an error either way. */
    private String tableName(RawSnapshot.Table table) {
        String key = table.key().value();
        String name = table.name().value();
        if (name != null && !name.equals(key)) {
            d.report(DiagnosticCode.TABLE_KEY_MISMATCH, table.name().origin(),
                            "table key \"" + key + "\" differs from its name \"" + name + "\"")
                    .found("key \"" + key + "\", \"name\": \"" + name + "\"")
                    .expected("the same text in both places")
                    .hint("rename the key to \"" + name + "\" or set \"name\" to \"" + key + "\"")
                    .add();
        }
        return name != null ? name : key;
    }

    private void checkJavaNames(Map<String, TableDraft> drafts, List<Table> tables) {
        JavaNames java = new JavaNames(d, naming);
        java.checkTypes(drafts.values().stream().map(t -> new JavaNames.Named(t.name(), t.raw().origin())).toList());
        for (Table table : tables) {
            RawSnapshot.Table source = drafts.get(table.name()).raw();
            List<JavaNames.Named> fields = new ArrayList<>();
            for (Column column : table.columns()) {
                fields.add(new JavaNames.Named(column.name(), source.columns().stream()
                        .filter(c -> column.name().equals(c.name().value())).map(c -> c.name().origin())
                        .findFirst().orElse(source.origin())));
            }
            for (Relation relation : table.relations()) {
                fields.add(new JavaNames.Named(relation.propertyName(), source.relations().stream()
                        .filter(r -> relation.propertyName().equals(r.propertyName().value())).map(r -> r.propertyName().origin())
                        .findFirst().orElse(source.origin())));
            }
            java.checkMembers(table.name(), fields);
        }
    }
}
