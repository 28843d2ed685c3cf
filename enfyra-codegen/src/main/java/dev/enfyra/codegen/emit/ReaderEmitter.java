package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Table;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A reader per table that turns a row of a JSON response into the entity record, without
 * reflection: {@code PostsJson.read(node)}. Fields the query did not select stay null; a related
 * row that was selected becomes the {@code Ref}'s value, read by the target's own reader.
 */
final class ReaderEmitter {

    static final ClassName JSON_VALUES = ClassName.get(CoreTypes.DSL, "JsonValues");

    private final EmitContext ctx;

    ReaderEmitter(EmitContext ctx) {
        this.ctx = ctx;
    }

    JavaFile emit(Table table) {
        ClassName entity = ctx.entity(table);
        ClassName type = ctx.reader(table);
        CodeBlock.Builder args = CodeBlock.builder();
        boolean first = true;
        for (Column column : table.columns()) {
            args.add(first ? "\n$L" : ",\n$L", column(table, column, "row"));
            first = false;
        }
        for (Relation relation : table.relations()) {
            args.add(first ? "\n$L" : ",\n$L", relation(relation));
            first = false;
        }
        TypeSpec spec = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Reads {@code $L} rows of a JSON response into {@link $T} records.\n", table.name(), entity)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addJavadoc("One row; null for JSON null.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(entity)
                        .addParameter(CoreTypes.JSON_NODE, "row")
                        .beginControlFlow("if (row == null || row.isNull())")
                        .addStatement("return null")
                        .endControlFlow()
                        .addStatement("return new $T($>$L$<)", entity, args.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("readAll")
                        .addJavadoc("The rows of a JSON array, e.g. a list response's {@code data}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), entity))
                        .addParameter(CoreTypes.JSON_NODE, "rows")
                        .addStatement("return $T.list(rows, $T::read)", JSON_VALUES, type)
                        .build())
                .build();
        return Files.javaFile(ctx.basePackage(), spec);
    }

    /** The reading of one column of the object in variable {@code node}. */
    private CodeBlock column(Table table, Column column, String node) {
        String name = column.name();
        return switch (column.type()) {
            case INT -> CodeBlock.of("$T.integer($L, $S)", JSON_VALUES, node, name);
            case BIGINT -> CodeBlock.of("$T.longValue($L, $S)", JSON_VALUES, node, name);
            case FLOAT -> CodeBlock.of("$T.doubleValue($L, $S)", JSON_VALUES, node, name);
            case DECIMAL -> CodeBlock.of("$T.decimal($L, $S)", JSON_VALUES, node, name);
            case BOOLEAN -> CodeBlock.of("$T.bool($L, $S)", JSON_VALUES, node, name);
            case UUID -> CodeBlock.of("$T.uuid($L, $S)", JSON_VALUES, node, name);
            case DATE -> CodeBlock.of("$T.date($L, $S)", JSON_VALUES, node, name);
            case DATETIME, TIMESTAMP -> CodeBlock.of("$T.dateTime($L, $S)", JSON_VALUES, node, name);
            case SIMPLE_JSON -> CodeBlock.of("$T.json($L, $S)", JSON_VALUES, node, name);
            case ENUM -> CodeBlock.of("$T.enumValue($L, $S, $T::fromValue)", JSON_VALUES, node, name, ctx.enumType(table, column));
            case ARRAY_SELECT -> CodeBlock.of("$T.enumList($L, $S, $T::fromValue)", JSON_VALUES, node, name, ctx.enumType(table, column));
            default -> CodeBlock.of("$T.text($L, $S)", JSON_VALUES, node, name);
        };
    }

    private CodeBlock relation(Relation relation) {
        Table target = ctx.schema().requireTable(relation.targetTable());
        Column key = target.primaryKey();
        TypeName keyType = ctx.keyType(relation.targetTable());
        CodeBlock keyReader = CodeBlock.of("n -> $L", column(target, key, "n"));
        String method = relation.isToOne() ? "ref" : "refs";
        return CodeBlock.of("$T.<$T, $T>$L(row, $S, $S, $L, $T::read)", JSON_VALUES, ctx.entity(target), keyType, method,
                relation.propertyName(), key.name(), keyReader, ctx.reader(target));
    }
}
