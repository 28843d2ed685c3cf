package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.DefaultValue;
import dev.enfyra.codegen.model.ForeignKey;
import dev.enfyra.codegen.model.Junction;
import dev.enfyra.codegen.model.PhysicalNames;
import dev.enfyra.codegen.model.TableKey;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Table;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The schema class: a typed {@code TableRef} per table (the start of every query) and the whole
 * normalized model as {@code enfyra-core} descriptors, so the runtime reads no JSON and uses no
 * reflection at startup. Table descriptors are built in nested classes of at most
 * {@value #TABLES_PER_PART} tables each, which keeps any one class far from the JVM's
 * constant-pool limit however large the schema.
 */
final class SchemaEmitter {

    static final int TABLES_PER_PART = 100;

    private final EmitContext ctx;

    SchemaEmitter(EmitContext ctx) {
        this.ctx = ctx;
    }

    JavaFile emit() {
        ClassName type = ctx.schemaClass();
        List<Table> tables = ctx.schema().tables();
        TypeSpec.Builder spec = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The schema: $L tables. Start a query with a table, e.g. {@code $T.$L.query()}.\n",
                        tables.size(), type, tables.isEmpty() ? "TABLE" : ctx.naming().constantName(tables.get(0).name()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder all = CodeBlock.builder();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            spec.addField(FieldSpec.builder(ParameterizedTypeName.get(CoreTypes.TABLE_REF, ctx.entity(table)),
                            ctx.naming().constantName(table.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Table {@code $L}.\n", table.name())
                    .initializer("new $T<>($S)", CoreTypes.TABLE_REF, table.name())
                    .build());
            all.add(i == 0 ? "\n$L.$L()" : ",\n$L.$L()", part(i), factory(table));
        }
        // Lower case: table constants are upper case, so no table can take this name.
        spec.addField(FieldSpec.builder(CoreTypes.SCHEMA_MODEL, "model", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($T.of($>$L$<), $T.of($>$L$<))", CoreTypes.SCHEMA_MODEL, List.class, all.build(),
                        List.class, list(ctx.schema().junctions().stream().map(SchemaEmitter::junction).toList()))
                .build());
        spec.addMethod(MethodSpec.methodBuilder("schema")
                .addJavadoc("The whole model, as the runtime reads it.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(CoreTypes.SCHEMA_MODEL)
                .addStatement("return model")
                .build());
        for (int start = 0; start < tables.size(); start += TABLES_PER_PART) {
            spec.addType(part(tables.subList(start, Math.min(tables.size(), start + TABLES_PER_PART)), start / TABLES_PER_PART));
        }
        return Files.javaFile(ctx.basePackage(), spec.build());
    }

    private static String part(int tableIndex) {
        return "Part" + tableIndex / TABLES_PER_PART;
    }

    private static String factory(Table table) {
        return "table" + table.javaName();
    }

    private TypeSpec part(List<Table> tables, int index) {
        TypeSpec.Builder part = TypeSpec.classBuilder("Part" + index)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Table table : tables) {
            part.addMethod(MethodSpec.methodBuilder(factory(table))
                    .addModifiers(Modifier.STATIC)
                    .returns(CoreTypes.TABLE)
                    .addStatement("return new $T($S, $T.of($>$L$<), $T.of($>$L$<), $T.of($>$L$<), $T.of($>$L$<))",
                            CoreTypes.TABLE, table.name(),
                            List.class, list(table.columns().stream().map(this::column).toList()),
                            List.class, list(table.relations().stream().map(this::relation).toList()),
                            List.class, list(indexes(table)),
                            List.class, list(table.foreignKeys().stream().map(SchemaEmitter::foreignKey).toList()))
                    .build());
        }
        if (tables.stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.defaultValue() instanceof DefaultValue.Literal)) {
            part.addMethod(MethodSpec.methodBuilder("json")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(CoreTypes.JSON_NODE)
                    .addParameter(String.class, "text")
                    .beginControlFlow("try")
                    .addStatement("return $T.builder().build().readTree(text)", CoreTypes.JSON_MAPPER)
                    .nextControlFlow("catch ($T e)", ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException"))
                    .addStatement("throw new $T($S + text, e)", IllegalStateException.class, "generated default is not JSON: ")
                    .endControlFlow()
                    .build());
        }
        return part.build();
    }

    private static List<CodeBlock> indexes(Table table) {
        List<CodeBlock> out = new java.util.ArrayList<>();
        table.uniques().forEach(u -> out.add(index(u, true)));
        table.indexes().forEach(i -> out.add(index(i, false)));
        return out;
    }

    private static CodeBlock index(TableKey key, boolean unique) {
        return CodeBlock.of("new $T($S, $T.of($L), $L)", CoreTypes.INDEX, key.name(), List.class,
                key.columns().stream().map(c -> CodeBlock.of("$S", c)).collect(CodeBlock.joining(", ")), unique);
    }

    private static CodeBlock foreignKey(ForeignKey fk) {
        return CodeBlock.of("new $T($S, $S, $S, $S, $S, $S, $L, $L)", CoreTypes.FOREIGN_KEY, fk.name(), fk.relation(),
                fk.column(), fk.targetTable(), fk.targetColumn(), fk.onDelete().sql(), fk.nullable(), fk.unique());
    }

    private static CodeBlock junction(Junction j) {
        return CodeBlock.of("new $T($S, $S, $S, $S, $S, $S, $S, $S)", CoreTypes.JUNCTION, j.name(), j.sourceTable(),
                j.sourceColumn(), j.targetTable(), j.targetColumn(), PhysicalNames.junctionPrimaryKey(j.name()),
                PhysicalNames.foreignKey(j.name(), j.sourceColumn()), PhysicalNames.foreignKey(j.name(), j.targetColumn()));
    }

    private static CodeBlock list(List<CodeBlock> items) {
        return items.stream().map(i -> CodeBlock.of("\n$L", i)).collect(CodeBlock.joining(","));
    }

    private CodeBlock column(Column c) {
        CodeBlock.Builder b = CodeBlock.builder()
                .add("$T.builder($S, $T.$L)", CoreTypes.COLUMN, c.name(), CoreTypes.DATA_TYPE, c.type().name())
                .add(".primary($L).generated($L).nullable($L)", c.primary(), c.generated(), c.nullable())
                .add(".updatable($L).published($L)", c.updatable(), c.published());
        if (c.length() != null) {
            b.add(".length($L)", c.length());
        }
        if (c.precision() != null) {
            b.add(".precision($L, $L)", c.precision(), c.scale());
        }
        if (!c.values().isEmpty()) {
            b.add(".enumValues($T.of($L))", List.class,
                    c.values().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
        }
        if (c.defaultValue() instanceof DefaultValue.Now) {
            b.add(".defaultNow(true)");
        } else if (c.defaultValue() instanceof DefaultValue.Literal literal) {
            b.add(".defaultValue(json($S))", literal.json());
        }
        return b.add(".build()").build();
    }

    private CodeBlock relation(Relation r) {
        CodeBlock.Builder b = CodeBlock.builder()
                .add("$T.builder($S, $T.$L, $S)", CoreTypes.RELATION, r.propertyName(), CoreTypes.RELATION_KIND, r.kind().name(), r.targetTable())
                .add(".nullable($L).updatable($L).owning($L)", r.nullable(), r.updatable(), r.owning());
        if (r.inversePropertyName() != null) {
            b.add(".inversePropertyName($S)", r.inversePropertyName());
        }
        if (r.foreignKeyColumn() != null) {
            b.add(".foreignKeyColumn($S)", r.foreignKeyColumn());
        }
        if (r.onDelete() != null && r.foreignKeyColumn() != null) {
            b.add(".onDelete($S)", r.onDelete().sql());
        }
        if (r.junctionTable() != null) {
            b.add(".junction($S, $S, $S)", r.junctionTable(), r.junctionSourceColumn(), r.junctionTargetColumn());
        }
        return b.add(".build()").build();
    }
}
