package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The Java enum of an enum or array-select column. Each constant keeps the stored string, which
 * stays the truth: constant names are derived from it ({@code "Local Storage"} →
 * {@code LOCAL_STORAGE}) and made unique with a suffix when two values would collide.
 */
final class EnumEmitter {

    private final EmitContext ctx;

    EnumEmitter(EmitContext ctx) {
        this.ctx = ctx;
    }

    TypeSpec emit(Table table, Column column) {
        ClassName type = ctx.enumType(table, column);
        TypeSpec.Builder spec = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(CoreTypes.ENFYRA_ENUM)
                .addJavadoc("The values of {@code $L.$L}.\n", table.name(), column.name());
        List<String> names = constantNames(column.values());
        for (int i = 0; i < names.size(); i++) {
            spec.addEnumConstant(names.get(i), TypeSpec.anonymousClassBuilder("$S", column.values().get(i)).build());
        }
        return spec
                .addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "value")
                        .addStatement("this.value = value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("value")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromValue")
                        .addJavadoc("The constant whose stored value is {@code value}.\n\n"
                                + "@throws IllegalArgumentException for a value the column does not allow\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(type)
                        .addParameter(String.class, "value")
                        .beginControlFlow("for ($T constant : values())", type)
                        .beginControlFlow("if (constant.value.equals(value))")
                        .addStatement("return constant")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class,
                                "\"", "\" is not a value of " + table.name() + "." + column.name())
                        .build())
                .build();
    }

    static List<String> constantNames(List<String> values) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String value : values) {
            String base = constantName(value);
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            out.add(name);
        }
        return out;
    }

    private static String constantName(String value) {
        String split = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        String name = split.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "VALUE";
        }
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }
}
