package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Table;
import javax.lang.model.element.Modifier;

/**
 * The entity of a table: a record with one component per column and relation, in snapshot
 * order; the enums of its enum columns; and its metamodel constants ({@code Post.TITLE}).
 */
final class EntityEmitter {

    private final EmitContext ctx;
    private final MetamodelFields metamodel;
    private final EnumEmitter enums;

    EntityEmitter(EmitContext ctx) {
        this.ctx = ctx;
        this.metamodel = new MetamodelFields(ctx);
        this.enums = new EnumEmitter(ctx);
    }

    JavaFile emit(Table table) {
        ClassName entity = ctx.entity(table);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        CodeBlock.Builder params = CodeBlock.builder();
        TypeSpec.Builder spec = TypeSpec.recordBuilder(entity).addModifiers(Modifier.PUBLIC);
        for (Column column : table.columns()) {
            constructor.addParameter(ParameterSpec.builder(ctx.valueType(table, column), column.javaName()).build());
            params.add("@param $L $L\n", column.javaName(), describe(column.description(), columnDoc(column)));
            spec.addField(metamodel.column(table, column));
            if (column.type().hasValues()) {
                spec.addType(enums.emit(table, column));
            }
        }
        for (Relation relation : table.relations()) {
            constructor.addParameter(ParameterSpec.builder(ctx.relationType(relation), relation.javaName()).build());
            params.add("@param $L $L\n", relation.javaName(), describe(relation.description(), relationDoc(relation)));
            spec.addField(metamodel.relation(relation, table));
        }
        spec.addJavadoc(classDoc(table)).addJavadoc(params.build()).recordConstructor(constructor.build());
        return Files.javaFile(ctx.basePackage(), spec.build());
    }

    private static CodeBlock classDoc(Table table) {
        return CodeBlock.builder()
                .add("$L\n\n", describe(table.description(), "A row of {@code " + table.name() + "}."))
                .add("<p>Table {@code $L}. A component is null when the value is NULL or was not selected;\n", table.name())
                .add("to-one relations are a {@code Ref} holding the id, and the row itself when selected.\n\n")
                .build();
    }

    private static String columnDoc(Column column) {
        return "{@code " + column.name() + "}, " + column.type().enfyraName() + (column.primary() ? ", primary key" : "");
    }

    private static String relationDoc(Relation relation) {
        return relation.kind().enfyraName() + " to {@code " + relation.targetTable() + "}";
    }

    /** Descriptions are user text: keep them, but never let them end the comment or start a tag. */
    static String describe(String description, String fallback) {
        if (description == null || description.isBlank()) {
            return fallback;
        }
        return description.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "{@literal @}");
    }
}
