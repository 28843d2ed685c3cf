package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.enfyra.codegen.json.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * One class per recorded migration, {@code Migration0003RenameEmail}, that hands the runtime the
 * file's exact text; the runtime recomputes checksum and confirm hash from it. The text is split
 * into string constants of at most {@value #CHUNK} characters, joined when the class holding
 * them initializes: a class-file string constant holds at most 65,535 bytes of modified UTF-8 (up
 * to three bytes a character), and a joined expression of constants would be folded back into
 * one by javac.
 *
 * <p>The class also gives the SHA-256 of the text, computed here from the same text. A start-up
 * with nothing pending compares only those digests with the ones the state table recorded, so the
 * text sits in a nested class that is loaded only when the runtime reads it.
 */
final class MigrationEmitter {

    static final int CHUNK = 16_000;
    static final String PACKAGE = "migrations";
    static final ClassName RECORDED_MIGRATION = ClassName.get("dev.enfyra.runtime.migrate", "RecordedMigration");

    private final EmitContext ctx;

    MigrationEmitter(EmitContext ctx) {
        this.ctx = ctx;
    }

    ClassName className(MigrationSource m) {
        return ClassName.get(ctx.basePackage() + "." + PACKAGE,
                "Migration" + String.format(Locale.ROOT, "%04d", m.version()) + ctx.naming().typeName(m.name()));
    }

    JavaFile emit(MigrationSource m) {
        String file = String.format(Locale.ROOT, "%04d_%s.json", m.version(), m.name());
        TypeSpec text = TypeSpec.classBuilder("Text")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The text, loaded when it is first read.\n")
                .addField(FieldSpec.builder(String.class, "PLAN", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.join($S,$>$L$<)", String.class, "", chunks(m.text()))
                        .build())
                .build();
        TypeSpec spec = TypeSpec.classBuilder(className(m))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RECORDED_MIGRATION)
                .addJavadoc("Recorded migration {@code $L}, embedded byte for byte.\n", file)
                .addMethod(accessor("version", int.class, CodeBlock.of("$L", m.version())))
                .addMethod(accessor("name", String.class, CodeBlock.of("$S", m.name())))
                .addMethod(accessor("planDigest", String.class, CodeBlock.of("$S", CanonicalJson.sha256Hex(m.text()))))
                .addMethod(accessor("plan", String.class, CodeBlock.of("Text.PLAN")))
                .addType(text)
                .build();
        return Files.javaFile(ctx.basePackage() + "." + PACKAGE, spec);
    }

    private static MethodSpec accessor(String name, Class<?> type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }

    private static CodeBlock chunks(String text) {
        List<CodeBlock> parts = new ArrayList<>();
        for (String part : split(text)) {
            parts.add(CodeBlock.of("\n$S", part));
        }
        return CodeBlock.join(parts, ",");
    }

    /** Pieces of at most {@value #CHUNK} characters, never cutting a surrogate pair in two. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length() || out.isEmpty()) {
            int end = Math.min(text.length(), start + CHUNK);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }
}
