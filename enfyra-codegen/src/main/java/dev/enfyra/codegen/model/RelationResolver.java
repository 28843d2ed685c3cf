package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Suggestions;
import dev.enfyra.codegen.snapshot.RawSnapshot;
import dev.enfyra.codegen.snapshot.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves every relation: checks each declaration, pairs it with its other side
 * ({@link RelationLinker}), then builds both sides, their FK columns and junction tables
 * ({@link RelationBuilder}).
 */
final class RelationResolver {

    record Output(Map<String, List<Relation>> relations, Map<String, List<ForeignKey>> foreignKeys, List<Junction> junctions) {
    }

    private final Diagnostics d;
    private final Map<String, TableDraft> tables;
    private final Map<String, Declared> declared = new LinkedHashMap<>();

    RelationResolver(Diagnostics d, Map<String, TableDraft> tables) {
        this.d = d;
        this.tables = tables;
    }

    Output resolve(NamingStrategy naming) {
        for (TableDraft table : tables.values()) {
            collect(table);
        }
        List<RelationLinker.Pair> pairs = new RelationLinker(d, declared).link();
        RelationBuilder builder = new RelationBuilder(d, naming, tables);
        for (RelationLinker.Pair pair : pairs) {
            builder.build(pair);
        }
        Map<String, List<Relation>> relations = new LinkedHashMap<>();
        for (TableDraft table : tables.values()) {
            relations.put(table.name(), builder.relationsOf(table, declaredOrder(table)));
        }
        return new Output(relations, builder.foreignKeys(), builder.junctions());
    }

    private List<String> declaredOrder(TableDraft table) {
        return table.raw().relations().stream().map(r -> r.propertyName().value()).toList();
    }

    private void collect(TableDraft table) {
        Map<String, RawSnapshot.Relation> seen = new HashMap<>();
        for (RawSnapshot.Relation raw : table.raw().relations()) {
            Val<String> property = raw.propertyName();
            if (property.value() == null || !Identifiers.check(property, "relation property", d)) {
                continue;
            }
            String where = "relation \"" + table.name() + "." + property.value() + "\"";
            RawSnapshot.Relation first = seen.putIfAbsent(property.value().toLowerCase(Locale.ROOT), raw);
            if (first != null) {
                d.report(DiagnosticCode.DUPLICATE_RELATION, property.origin(), "table \"" + table.name()
                                + "\" declares relation \"" + property.value() + "\" twice")
                        .found("\"" + property.value() + "\" again (first at " + first.origin().pointer() + ")")
                        .expected("unique relation property names (compared without case)")
                        .hint("remove or rename one of the two relations")
                        .add();
                continue;
            }
            if (table.hasColumn(property.value())) {
                d.report(DiagnosticCode.RELATION_CLASHES_WITH_COLUMN, property.origin(),
                                where + " has the same name as a column of \"" + table.name() + "\"")
                        .found("column and relation both named \"" + property.value() + "\"")
                        .expected("a relation name no column of the table uses")
                        .hint("rename the relation or the column; a relation's value is read and written under its property name")
                        .add();
                continue;
            }
            Optional<RelationKind> kind = kind(where, raw);
            Optional<TableDraft> target = target(where, raw);
            checkOnDelete(where, raw);
            if (kind.isPresent() && target.isPresent()) {
                Declared decl = new Declared(table, raw, kind.get(), target.get());
                checkIgnoredKeys(decl);
                declared.put(decl.key(), decl);
            }
        }
    }

    private Optional<RelationKind> kind(String where, RawSnapshot.Relation raw) {
        String text = raw.type().value();
        if (text == null) {
            return Optional.empty();
        }
        Optional<RelationKind> kind = RelationKind.fromEnfyraName(text);
        if (kind.isEmpty()) {
            String normalized = text.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            String hint = RelationKind.fromEnfyraName(normalized).map(k -> "did you mean \"" + k.enfyraName() + "\"?")
                    .orElse(Optional.ofNullable(Suggestions.didYouMean(text, RelationKind.enfyraNames()))
                            .orElse("use one of the relation types listed under \"expected\""));
            d.report(DiagnosticCode.UNKNOWN_RELATION_TYPE, raw.type().origin(), where + ": unknown relation type \"" + text + "\"")
                    .found("\"" + text + "\"")
                    .expected("one of " + String.join(", ", RelationKind.enfyraNames()))
                    .hint(hint)
                    .add();
        }
        return kind;
    }

    private Optional<TableDraft> target(String where, RawSnapshot.Relation raw) {
        String name = raw.targetTable().value();
        if (name == null) {
            return Optional.empty();
        }
        TableDraft target = tables.get(name);
        if (target == null) {
            String hint = Optional.ofNullable(Suggestions.didYouMean(name, tables.keySet()))
                    .orElse("add a table \"" + name + "\" to snapshot.json, or point targetTable at an existing table");
            d.report(DiagnosticCode.UNKNOWN_TARGET_TABLE, raw.targetTable().origin(), where + ": targetTable \"" + name + "\" does not exist")
                    .found("\"" + name + "\"")
                    .expected("the name of a table in snapshot.json")
                    .hint(hint)
                    .add();
        }
        return Optional.ofNullable(target);
    }

    private void checkOnDelete(String where, RawSnapshot.Relation raw) {
        String text = raw.onDelete().value();
        if (text != null && OnDelete.fromSql(text).isEmpty()) {
            d.report(DiagnosticCode.INVALID_ON_DELETE, raw.onDelete().origin(), where + ": unknown onDelete \"" + text + "\"")
                    .found("\"" + text + "\"")
                    .expected("one of " + String.join(", ", OnDelete.names()))
                    .hint(Optional.ofNullable(Suggestions.didYouMean(text, OnDelete.names()))
                            .orElse("leave onDelete out for the default (RESTRICT when required, else SET NULL)"))
                    .add();
        }
    }

    private void checkIgnoredKeys(Declared decl) {
        RawSnapshot.Relation raw = decl.raw();
        boolean manyToMany = decl.kind() == RelationKind.MANY_TO_MANY;
        List<Val<String>> misplaced = new ArrayList<>();
        if (manyToMany || decl.kind() == RelationKind.ONE_TO_MANY) {
            misplaced.add(raw.foreignKeyColumn());
        }
        if (!manyToMany) {
            misplaced.addAll(List.of(raw.junctionTableName(), raw.junctionSourceColumn(), raw.junctionTargetColumn()));
        }
        for (Val<String> key : misplaced) {
            if (key.present()) {
                String name = key.origin().pointer().substring(key.origin().pointer().lastIndexOf('/') + 1);
                d.report(DiagnosticCode.IGNORED_RELATION_KEY, key.origin(),
                                decl.where() + ": \"" + name + "\" does not apply to a " + decl.kind().enfyraName() + " and is ignored")
                        .found("\"" + name + "\": \"" + key.value() + "\"")
                        .expected(manyToMany ? "junctionTableName/junctionSourceColumn/junctionTargetColumn only"
                                : "foreignKeyColumn only on a many-to-one or one-to-one")
                        .hint("remove \"" + name + "\"")
                        .add();
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
