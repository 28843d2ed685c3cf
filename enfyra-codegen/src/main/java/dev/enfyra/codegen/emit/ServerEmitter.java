package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.enfyra.codegen.model.Table;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The server side of a backend: one Helidon {@code HttpService} per table (a subclass of the
 * runtime's {@code TableResource}, the place for a table's own routes and hooks), the GraphQL data
 * fetchers of each table (a subclass of the runtime's {@code TableFetchers}, likewise), and the
 * application class the runtime's {@code Main} finds through {@code META-INF/services}, which
 * lists them and the recorded migrations ({@link MigrationEmitter}) in order.
 */
final class ServerEmitter {

    static final String RUNTIME_APP = "dev.enfyra.runtime.app";
    static final ClassName TABLE_RESOURCE = ClassName.get("dev.enfyra.runtime.http", "TableResource");
    static final ClassName TABLE_FETCHERS = ClassName.get("dev.enfyra.runtime.graphql", "TableFetchers");
    static final ClassName ENFYRA_RUNTIME = ClassName.get(RUNTIME_APP, "EnfyraRuntime");
    static final ClassName ENFYRA_APPLICATION = ClassName.get(RUNTIME_APP, "EnfyraApplication");

    private final EmitContext ctx;

    ServerEmitter(EmitContext ctx) {
        this.ctx = ctx;
    }

    JavaFile resource(Table table) {
        return tableClass(table, ctx.resource(table), TABLE_RESOURCE, CodeBlock.of(
                "REST resource of {@code $L}: {@code GET/POST /$L}, {@code GET/PATCH/DELETE /$L/{id}}.\n",
                table.name(), table.name(), table.name()));
    }

    JavaFile graphQlFetchers(Table table) {
        String t = table.name();
        return tableClass(table, ctx.graphQlFetchers(table), TABLE_FETCHERS, CodeBlock.of(
                "GraphQL data fetchers of {@code $L}: the queries {@code $L} and {@code $L_by_id},\nthe mutations"
                        + " {@code create_$L}, {@code update_$L} and {@code delete_$L}.\n", t, t, t, t, t, t));
    }

    /** A runtime class bound to one table: {@code super(runtime, "<table>")}. */
    private JavaFile tableClass(Table table, ClassName type, ClassName superclass, CodeBlock javadoc) {
        TypeSpec spec = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(superclass)
                .addJavadoc(javadoc)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ENFYRA_RUNTIME, "runtime")
                        .addStatement("super(runtime, $S)", table.name())
                        .build())
                .build();
        return Files.javaFile(ctx.basePackage(), spec);
    }

    JavaFile application(List<ClassName> migrations) {
        ClassName type = ctx.applicationClass();
        CodeBlock resources = ctx.schema().tables().stream()
                .map(t -> CodeBlock.of("\nnew $T(runtime)", ctx.resource(t)))
                .collect(CodeBlock.joining(","));
        TypeSpec spec = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ENFYRA_APPLICATION)
                .addJavadoc("The generated backend, as the runtime's {@code Main} finds it (see META-INF/services).\n")
                .addMethod(MethodSpec.methodBuilder("schema")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(CoreTypes.SCHEMA_MODEL)
                        .addStatement("return $T.schema()", ctx.schemaClass())
                        .build())
                .addMethod(MethodSpec.methodBuilder("resources")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), TABLE_RESOURCE))
                        .addParameter(ENFYRA_RUNTIME, "runtime")
                        .addStatement("return $T.of($>$L$<)", List.class, resources)
                        .build())
                .addMethod(MethodSpec.methodBuilder("graphQlFetchers")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), TABLE_FETCHERS))
                        .addParameter(ENFYRA_RUNTIME, "runtime")
                        .addStatement("return $T.of($>$L$<)", List.class, ctx.schema().tables().stream()
                                .map(t -> CodeBlock.of("\nnew $T(runtime)", ctx.graphQlFetchers(t))).collect(CodeBlock.joining(",")))
                        .build())
                .addMethod(MethodSpec.methodBuilder("migrations")
                        .addAnnotation(Override.class)
                        .addJavadoc("The recorded migrations, in version order.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), MigrationEmitter.RECORDED_MIGRATION))
                        .addStatement("return $T.of($>$L$<)", List.class, migrations.stream()
                                .map(m -> CodeBlock.of("\nnew $T()", m)).collect(CodeBlock.joining(",")))
                        .build())
                .build();
        return Files.javaFile(ctx.basePackage(), spec);
    }

    /** The service registration that lets the runtime find the application without reflection on user code. */
    GeneratedFile serviceFile() {
        return new GeneratedFile("META-INF/services/" + ENFYRA_APPLICATION.canonicalName(),
                ctx.applicationClass().canonicalName() + "\n");
    }
}
