package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Table;
import javax.lang.model.element.Modifier;

/**
 * The metamodel constants of an entity: one typed field per column and relation, whose class
 * decides which operators compile ({@code contains} only on text, {@code gt} only on ordered
 * types, {@code dot} only through to-one relations).
 */
final class MetamodelFields {

    private final EmitContext ctx;

    MetamodelFields(EmitContext ctx) {
        this.ctx = ctx;
    }

    FieldSpec column(Table table, Column column) {
        ClassName entity = ctx.entity(table);
        TypeName value = ctx.valueType(table, column);
        Kind kind = kind(column);
        TypeName type = kind.parameterized ? ParameterizedTypeName.get(kind.type, entity, value) : ParameterizedTypeName.get(kind.type, entity);
        return constant(type, column.name(), CodeBlock.of("$T.$L($S)", CoreTypes.FIELDS, kind.factory, column.name()),
                "{@code " + column.name() + "} (" + column.type().enfyraName() + ")");
    }

    FieldSpec relation(Relation relation, Table table) {
        ClassName entity = ctx.entity(table);
        ClassName target = ctx.entity(relation.targetTable());
        TypeName type = relation.isToOne()
                ? ParameterizedTypeName.get(CoreTypes.TO_ONE, entity, target, ctx.keyType(relation.targetTable()))
                : ParameterizedTypeName.get(CoreTypes.TO_MANY, entity, target);
        String factory = relation.isToOne() ? "toOne" : "toMany";
        return constant(type, relation.propertyName(), CodeBlock.of("$T.$L($S)", CoreTypes.FIELDS, factory, relation.propertyName()),
                "{@code " + relation.propertyName() + "} (" + relation.kind().enfyraName() + " to {@code " + relation.targetTable() + "})");
    }

    private FieldSpec constant(TypeName type, String name, CodeBlock init, String doc) {
        return FieldSpec.builder(type, ctx.naming().constantName(name), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc + ".\n")
                .initializer(init)
                .build();
    }

    private record Kind(ClassName type, String factory, boolean parameterized) {
    }

    private static Kind kind(Column column) {
        return switch (column.type()) {
            case INT, BIGINT, FLOAT, DECIMAL -> new Kind(CoreTypes.NUMBER_FIELD, "number", true);
            case VARCHAR, TEXT, CODE, RICHTEXT -> new Kind(CoreTypes.STRING_FIELD, "string", false);
            case OBJECT_ID, DATE, DATETIME, TIMESTAMP -> new Kind(CoreTypes.COMPARABLE_FIELD, "comparable", true);
            case BOOLEAN -> new Kind(CoreTypes.BOOLEAN_FIELD, "bool", false);
            case UUID -> new Kind(CoreTypes.UUID_FIELD, "uuid", false);
            case ENUM -> new Kind(CoreTypes.ENUM_FIELD, "enumeration", true);
            case ARRAY_SELECT, SIMPLE_JSON -> new Kind(CoreTypes.NULLABLE_FIELD, "nullable", false);
        };
    }
}
