package dev.enfyra.codegen.emit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the emitters need beyond the schema.
 *
 * @param basePackage     the Java package of the generated code, e.g. {@code com.example.blog}
 * @param schemaClassName the class holding the schema model and a {@code TableRef} per table
 */
public record EmitOptions(String basePackage, String schemaClassName) {

    private static final Pattern PACKAGE = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*(\\.[a-zA-Z_][a-zA-Z0-9_]*)*");
    private static final Pattern TYPE = Pattern.compile("[A-Z][a-zA-Z0-9_]*");

    public static final String DEFAULT_SCHEMA_CLASS = "EnfyraSchema";

    public EmitOptions {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(schemaClassName, "schemaClassName");
        if (!PACKAGE.matcher(basePackage).matches()) {
            throw new IllegalArgumentException("enfyra.package \"" + basePackage + "\" is not a Java package name (e.g. com.example.app)");
        }
        if (!TYPE.matcher(schemaClassName).matches()) {
            throw new IllegalArgumentException("enfyra.schemaClass \"" + schemaClassName + "\" is not a Java class name (e.g. BlogSchema)");
        }
    }

    public static EmitOptions of(String basePackage) {
        return new EmitOptions(basePackage, DEFAULT_SCHEMA_CLASS);
    }
}
