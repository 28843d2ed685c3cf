package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.snapshot.RawSnapshot;
import dev.enfyra.codegen.snapshot.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds both sides of each paired relation, the FK column the owning to-one side holds and
 * the junction table of each many-to-many, with Enfyra's physical names.
 */
final class RelationBuilder {

    /** One side of a to-one link: who holds the FK, under what property, with which declared settings. */
    private record Side(TableDraft table, String property, RawSnapshot.Relation raw, boolean generated) {
    }

    private final Diagnostics d;
    private final NamingStrategy naming;
    private final Map<String, Relation> byKey = new HashMap<>();
    private final Map<String, List<Relation>> generated = new LinkedHashMap<>();
    private final Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
    private final List<Junction> junctions = new ArrayList<>();
    /** Lower-cased physical table names in use: tables first, then junctions as they are made. */
    private final Map<String, String> physicalTables = new HashMap<>();

    RelationBuilder(Diagnostics d, NamingStrategy naming, Map<String, TableDraft> tables) {
        this.d = d;
        this.naming = naming;
        tables.keySet().forEach(t -> physicalTables.put(RelationResolver.lower(t), "table \"" + t + "\""));
    }

    void build(RelationLinker.Pair pair) {
        Declared a = pair.primary();
        Declared c = pair.counterpart();
        switch (a.kind()) {
            case MANY_TO_ONE, ONE_TO_ONE -> toOne(new Side(a.table(), a.property(), a.raw(), false), a.kind(),
                    a.target(), pair.inverse(), c == null ? null : c.raw(), a.raw().foreignKeyColumn());
            case ONE_TO_MANY -> oneToMany(a, c, pair.inverse());
            case MANY_TO_MANY -> manyToMany(a, c, pair.inverse());
        }
    }

    List<Relation> relationsOf(TableDraft table, List<String> declaredOrder) {
        List<Relation> out = new ArrayList<>();
        for (String property : declaredOrder) {
            Relation r = byKey.get(Declared.key(table.name(), property));
            if (r != null && !out.contains(r)) {
                out.add(r);
            }
        }
        out.addAll(generated.getOrDefault(table.name(), List.of()));
        return out;
    }

    Map<String, List<ForeignKey>> foreignKeys() {
        return foreignKeys;
    }

    List<Junction> junctions() {
        return junctions;
    }

    private void oneToMany(Declared a, Declared c, String inverse) {
        if (inverse == null) {
            if (!a.raw().inversePropertyName().present()) {
                d.report(DiagnosticCode.ONE_TO_MANY_WITHOUT_OWNER, a.raw().origin(),
                                a.where() + " has no owning side: nothing on \"" + a.target().name() + "\" holds the foreign key")
                        .found("a one-to-many without \"inversePropertyName\"")
                        .expected("\"inversePropertyName\" naming the many-to-one on \"" + a.target().name() + "\" that points back")
                        .hint("add \"inversePropertyName\": \"" + naming.memberName(a.table().name()) + "\" (it is generated on \""
                                + a.target().name() + "\" when not declared there), or declare the many-to-one instead")
                        .add();
            }
            return;
        }
        Side owner = c != null
                ? new Side(c.table(), c.property(), c.raw(), false)
                : new Side(a.target(), inverse, a.raw(), true);
        Val<String> fkColumn = c != null ? c.raw().foreignKeyColumn() : Val.absent(null, a.raw().origin());
        toOne(owner, RelationKind.MANY_TO_ONE, a.table(), a.property(), a.raw(), fkColumn);
    }

    /**
     * {@code owner.table} holds the FK to {@code target}; the other side, if named, is a
     * one-to-many (or inverse one-to-one) on {@code target}.
     */
    private void toOne(Side owner, RelationKind kind, TableDraft target, String inverse,
            RawSnapshot.Relation inverseRaw, Val<String> explicitFk) {
        RawSnapshot.Relation raw = owner.raw();
        String where = "relation \"" + owner.table().name() + "." + owner.property() + "\"";
        String column = explicitFk.value() != null ? explicitFk.value() : PhysicalNames.foreignKeyColumn(owner.property());
        Val<String> columnAt = explicitFk.value() != null ? explicitFk : raw.propertyName();
        boolean usable = Identifiers.checkLength(column, columnAt, "foreign key column", d) && fkColumnFree(owner, column, columnAt);
        boolean nullable = raw.isNullable().value();
        OnDelete onDelete = onDelete(where, raw, nullable);
        if (usable) {
            Column targetKey = target.primaryKey();
            foreignKeys.computeIfAbsent(owner.table().name(), k -> new ArrayList<>()).add(new ForeignKey(
                    PhysicalNames.foreignKey(owner.table().name(), column), column, owner.property(), target.keyType(),
                    nullable, target.name(), targetKey == null ? "id" : targetKey.name(), onDelete,
                    kind == RelationKind.ONE_TO_ONE));
        }
        place(owner.table(), owner.generated(), new Relation(owner.property(), kind, target.name(), inverse, nullable,
                raw.isUpdatable().value(), true, column, onDelete, null, null, null, owner.generated(),
                raw.isSystem(), owner.generated() ? null : raw.description(), naming.memberName(owner.property())));
        if (inverse != null) {
            RawSnapshot.Relation settings = inverseRaw != null ? inverseRaw : raw;
            boolean inverseGenerated = inverseRaw == null;
            RelationKind inverseKind = kind == RelationKind.ONE_TO_ONE ? RelationKind.ONE_TO_ONE : RelationKind.ONE_TO_MANY;
            place(target, inverseGenerated, new Relation(inverse, inverseKind, owner.table().name(), owner.property(),
                    true, settings.isUpdatable().value(), false, column, onDelete, null, null, null, inverseGenerated,
                    settings.isSystem(), inverseGenerated ? null : settings.description(), naming.memberName(inverse)));
        }
    }

    private OnDelete onDelete(String where, RawSnapshot.Relation raw, boolean nullable) {
        OnDelete fallback = nullable ? OnDelete.SET_NULL : OnDelete.RESTRICT;
        OnDelete onDelete = raw.onDelete().value() == null ? fallback
                : OnDelete.fromSql(raw.onDelete().value()).orElse(fallback);
        if (onDelete == OnDelete.SET_NULL && !nullable) {
            d.report(DiagnosticCode.SET_NULL_ON_REQUIRED, raw.onDelete().origin(),
                            where + ": onDelete SET NULL cannot apply to a relation that is not nullable")
                    .found("\"onDelete\": \"SET NULL\" with \"isNullable\": false")
                    .expected("CASCADE, RESTRICT or NO ACTION, or a nullable relation")
                    .hint("use \"onDelete\": \"CASCADE\" to delete these rows with their target, or make the relation nullable")
                    .add();
        }
        return onDelete;
    }

    private boolean fkColumnFree(Side owner, String column, Val<String> at) {
        TableDraft table = owner.table();
        boolean taken = table.hasColumn(column) || foreignKeys.getOrDefault(table.name(), List.of()).stream()
                .anyMatch(fk -> fk.column().equalsIgnoreCase(column));
        if (taken) {
            d.report(DiagnosticCode.FK_COLUMN_CLASH, at.origin(), "relation \"" + table.name() + "." + owner.property()
                            + "\" needs foreign key column \"" + column + "\", but \"" + table.name() + "\" already has one")
                    .found("column \"" + column + "\" used twice")
                    .expected("a foreign key column name no other column of \"" + table.name() + "\" uses")
                    .hint("set \"foreignKeyColumn\" on the relation to another name, or rename the column")
                    .add();
        }
        return !taken;
    }

    private void manyToMany(Declared a, Declared c, String inverse) {
        RawSnapshot.Relation raw = a.raw();
        String name = Objects.requireNonNullElseGet(raw.junctionTableName().value(),
                () -> PhysicalNames.junctionTable(a.table().name(), a.property(), a.target().name()));
        String source = Objects.requireNonNullElse(raw.junctionSourceColumn().value(), PhysicalNames.JUNCTION_SOURCE_COLUMN);
        String target = Objects.requireNonNullElse(raw.junctionTargetColumn().value(), PhysicalNames.JUNCTION_TARGET_COLUMN);
        if (junctionFree(a, name) && (c == null || counterpartAgrees(a, c, name, source, target))) {
            junctions.add(new Junction(name, a.table().name(), source, a.table().keyType(), a.target().name(), target,
                    a.target().keyType(), a.property()));
        }
        place(a.table(), false, new Relation(a.property(), RelationKind.MANY_TO_MANY, a.target().name(), inverse, true,
                raw.isUpdatable().value(), true, null, OnDelete.CASCADE, name, source, target, false, raw.isSystem(),
                raw.description(), naming.memberName(a.property())));
        if (inverse != null) {
            RawSnapshot.Relation settings = c != null ? c.raw() : raw;
            place(a.target(), c == null, new Relation(inverse, RelationKind.MANY_TO_MANY, a.table().name(), a.property(),
                    true, settings.isUpdatable().value(), false, null, OnDelete.CASCADE, name, target, source, c == null,
                    settings.isSystem(), c == null ? null : settings.description(), naming.memberName(inverse)));
        }
    }

    private boolean junctionFree(Declared a, String name) {
        String taken = physicalTables.putIfAbsent(RelationResolver.lower(name), "the junction of \"" + a.table().name() + "." + a.property() + "\"");
        if (taken != null) {
            Val<String> at = a.raw().junctionTableName().present() ? a.raw().junctionTableName() : a.raw().propertyName();
            d.report(DiagnosticCode.JUNCTION_NAME_CLASH, at.origin(),
                            a.where() + ": junction table \"" + name + "\" is already " + taken)
                    .found("\"" + name + "\"")
                    .expected("a table name not used by any table or other junction")
                    .hint("set \"junctionTableName\" on this relation to an unused name")
                    .add();
        }
        return taken == null;
    }

    /** A declared inverse may repeat the junction names, swapped; it may not contradict them. */
    private boolean counterpartAgrees(Declared a, Declared c, String name, String source, String target) {
        RawSnapshot.Relation raw = c.raw();
        boolean agrees = (raw.junctionTableName().value() == null || raw.junctionTableName().value().equals(name))
                && (raw.junctionSourceColumn().value() == null || raw.junctionSourceColumn().value().equals(target))
                && (raw.junctionTargetColumn().value() == null || raw.junctionTargetColumn().value().equals(source));
        if (!agrees) {
            d.report(DiagnosticCode.INVERSE_MISMATCH, raw.origin(), "relation \"" + c.table().name() + "." + c.property()
                            + "\" declares a junction that differs from its owning side \"" + a.table().name() + "." + a.property() + "\"")
                    .found("junction " + raw.junctionTableName().value() + "(" + raw.junctionSourceColumn().value() + ", "
                            + raw.junctionTargetColumn().value() + ")")
                    .expected("junction " + name + "(" + target + ", " + source + "), the owner's with the columns swapped")
                    .hint("remove the junction keys from the inverse side; the owning side (declared first) defines them")
                    .add();
        }
        return agrees;
    }

    private void place(TableDraft table, boolean isGenerated, Relation relation) {
        byKey.put(Declared.key(table.name(), relation.propertyName()), relation);
        if (isGenerated) {
            generated.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(relation);
        }
    }
}
