package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.enfyra.codegen.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The input records of a table: {@code PostsCreate} (required fields checked on construction)
 * and {@code PostsUpdate}, whose fields are {@code Patch}es so that "not sent" and "set to
 * null" differ. Each has a nested {@code Builder} and {@code toMap()}, the request body.
 */
final class InputEmitter {

    private static final TypeName BODY = ParameterizedTypeName.get(Map.class, String.class, Object.class);

    private final EmitContext ctx;

    InputEmitter(EmitContext ctx) {
        this.ctx = ctx;
    }

    JavaFile create(Table table) {
        ClassName type = ctx.create(table);
        List<InputField> fields = InputField.forCreate(ctx, table);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder toMap = toMap();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("A new row of {@code $L}, as a create request sends it. Null fields are not sent, so the\n", table.name())
                .add("column's default applies; required fields are checked here.\n\n");
        for (InputField f : fields) {
            constructor.addParameter(f.type(), f.javaName());
            doc.add("@param $L $L$L\n", f.javaName(), f.doc(), f.required() ? " (required)" : "");
            if (f.required()) {
                compact.addStatement("$T.requireNonNull($L, $S)", Objects.class, f.javaName(), f.name() + " is required");
            }
            copyList(compact, f, CodeBlock.of("$L", f.javaName()));
            // "this." because a field may be named like the local "body".
            toMap.beginControlFlow("if (this.$L != null)", f.javaName())
                    .addStatement("body.put($S, $L)", f.name(), f.encoded(CodeBlock.of("this.$L", f.javaName())))
                    .endControlFlow();
        }
        TypeSpec spec = TypeSpec.recordBuilder(type).addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc.build())
                .recordConstructor(constructor.build())
                .addMethod(compact.build())
                .addMethod(toMap.addStatement("return body").build())
                .addType(builder(type, fields, false))
                .build();
        return Files.javaFile(ctx.basePackage(), spec);
    }

    JavaFile update(Table table) {
        ClassName type = ctx.update(table);
        List<InputField> fields = InputField.forUpdate(ctx, table);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder toMap = toMap();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("A change to a row of {@code $L}, as an update request sends it: only present fields are\n", table.name())
                .add("sent, and a present null sets the column to NULL.\n\n");
        for (InputField f : fields) {
            constructor.addParameter(ParameterizedTypeName.get(CoreTypes.PATCH, f.type()), f.javaName());
            doc.add("@param $L $L\n", f.javaName(), f.doc());
            compact.addStatement("$L = $L == null ? $T.absent() : $L", f.javaName(), f.javaName(), CoreTypes.PATCH, f.javaName());
            toMap.beginControlFlow("if (this.$L.present())", f.javaName())
                    .addStatement("body.put($S, $L)", f.name(), f.encoded(CodeBlock.of("this.$L.value()", f.javaName())))
                    .endControlFlow();
        }
        TypeSpec spec = TypeSpec.recordBuilder(type).addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc.build())
                .recordConstructor(constructor.build())
                .addMethod(compact.build())
                .addMethod(toMap.addStatement("return body").build())
                .addType(builder(type, fields, true))
                .build();
        return Files.javaFile(ctx.basePackage(), spec);
    }

    private static MethodSpec.Builder toMap() {
        return MethodSpec.methodBuilder("toMap")
                .addJavadoc("The request body: keys are the snapshot's field names, enums their stored strings.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(BODY)
                .addStatement("$T body = new $T<>()", BODY, LinkedHashMap.class);
    }

    private static void copyList(MethodSpec.Builder compact, InputField f, CodeBlock value) {
        if (f.type() instanceof ParameterizedTypeName p && p.rawType().equals(ClassName.get(List.class))) {
            compact.addStatement("$L = $L == null ? null : $T.copyOf($L)", f.javaName(), value, List.class, value);
        }
    }

    /** A builder: one setter per field, {@code build()} at the end. */
    private static TypeSpec builder(ClassName type, List<InputField> fields, boolean patches) {
        ClassName builder = type.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@code $L} field by field.\n", type.simpleName());
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < fields.size(); i++) {
            InputField f = fields.get(i);
            TypeName fieldType = patches ? ParameterizedTypeName.get(CoreTypes.PATCH, f.type()) : f.type();
            spec.addField(com.palantir.javapoet.FieldSpec.builder(fieldType, f.javaName(), Modifier.PRIVATE)
                    .initializer(patches ? CodeBlock.of("$T.absent()", CoreTypes.PATCH) : CodeBlock.of("null"))
                    .build());
            spec.addMethod(MethodSpec.methodBuilder(f.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(f.type(), f.javaName())
                    .addStatement(patches ? "this.$L = $T.of($L)" : "this.$L = $L",
                            patches ? new Object[] {f.javaName(), CoreTypes.PATCH, f.javaName()} : new Object[] {f.javaName(), f.javaName()})
                    .addStatement("return this")
                    .build());
            args.add(i == 0 ? "$L" : ", $L", f.javaName());
        }
        return spec.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(type)
                        .addStatement("return new $T($L)", type, args.build())
                        .build())
                .build();
    }
}
