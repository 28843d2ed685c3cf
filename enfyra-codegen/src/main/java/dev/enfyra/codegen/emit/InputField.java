package dev.enfyra.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.ColumnType;
import dev.enfyra.codegen.model.DefaultValue;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.RelationKind;
import dev.enfyra.codegen.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A field a client may write: a column, or a relation given by id (to-one) or ids
 * (many-to-many). One-to-many and inverse one-to-one sides are written from the other table.
 *
 * @param name     the key in the request body (the snapshot's name)
 * @param javaName the record component
 * @param required a create must give it: NOT NULL, no default, not generated
 */
record InputField(String name, String javaName, TypeName type, boolean required, ColumnType enumKind, String doc) {

    /** What a create may send. */
    static List<InputField> forCreate(EmitContext ctx, Table table) {
        List<InputField> out = new ArrayList<>();
        for (Column column : table.columns()) {
            if (!column.implicit() && !(column.primary() && column.generated())) {
                boolean required = !column.nullable() && column.defaultValue() instanceof DefaultValue.None && !column.generated();
                out.add(column(ctx, table, column, required));
            }
        }
        for (Relation relation : table.relations()) {
            if (writable(relation)) {
                out.add(relation(ctx, relation, !relation.nullable() && relation.isToOne()));
            }
        }
        return out;
    }

    /** What an update may change: updatable columns and relations. */
    static List<InputField> forUpdate(EmitContext ctx, Table table) {
        List<InputField> out = new ArrayList<>();
        for (Column column : table.columns()) {
            if (!column.implicit() && !column.primary() && column.updatable()) {
                out.add(column(ctx, table, column, false));
            }
        }
        for (Relation relation : table.relations()) {
            if (writable(relation) && relation.updatable()) {
                out.add(relation(ctx, relation, false));
            }
        }
        return out;
    }

    private static boolean writable(Relation relation) {
        return relation.holdsForeignKey() || relation.kind() == RelationKind.MANY_TO_MANY;
    }

    private static InputField column(EmitContext ctx, Table table, Column column, boolean required) {
        ColumnType enumKind = column.type().hasValues() ? column.type() : null;
        return new InputField(column.name(), column.javaName(), ctx.valueType(table, column), required, enumKind,
                EntityEmitter.describe(column.description(), "{@code " + column.name() + "}"));
    }

    private static InputField relation(EmitContext ctx, Relation relation, boolean required) {
        String doc = relation.isToOne() ? "the id of the {@code " + relation.targetTable() + "} row"
                : "the ids of the {@code " + relation.targetTable() + "} rows (replaces the current set)";
        return new InputField(relation.propertyName(), relation.javaName(), ctx.relationInputType(relation), required, null,
                "{@code " + relation.propertyName() + "}: " + doc);
    }

    /** The value as a request body holds it: enums become their stored strings. */
    CodeBlock encoded(CodeBlock value) {
        if (enumKind == ColumnType.ENUM) {
            return CodeBlock.of("$L == null ? null : $L.value()", value, value);
        }
        if (enumKind == ColumnType.ARRAY_SELECT) {
            return CodeBlock.of("$L == null ? null : $L.stream().map(v -> v.value()).toList()", value, value);
        }
        return value;
    }
}
