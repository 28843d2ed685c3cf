package dev.enfyra.codegen.emit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the emitters need beyond the schema.
 *
 * @param basePackage     the Java package of the generated code, e.g. {@code com.example.blog}
 * @param schemaClassName the class holding the schema model and a {@code TableRef} per table
 * @param applicationClassName the class the runtime starts (server code only)
 * @param server          also generate the server side: a REST resource per table and the
 *                        application class (needs enfyra-runtime); off for client-only code
 */
public record EmitOptions(String basePackage, String schemaClassName, String applicationClassName, boolean server) {

    private static final Pattern PACKAGE = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*(\\.[a-zA-Z_][a-zA-Z0-9_]*)*");
    private static final Pattern TYPE = Pattern.compile("[A-Z][a-zA-Z0-9_]*");

    public static final String DEFAULT_SCHEMA_CLASS = "EnfyraSchema";
    public static final String DEFAULT_APPLICATION_CLASS = "EnfyraApp";

    public EmitOptions {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(schemaClassName, "schemaClassName");
        if (!PACKAGE.matcher(basePackage).matches()) {
            throw new IllegalArgumentException("enfyra.package \"" + basePackage + "\" is not a Java package name (e.g. com.example.app)");
        }
        if (!TYPE.matcher(schemaClassName).matches()) {
            throw new IllegalArgumentException("enfyra.schemaClass \"" + schemaClassName + "\" is not a Java class name (e.g. BlogSchema)");
        }
        if (!TYPE.matcher(applicationClassName).matches()) {
            throw new IllegalArgumentException("enfyra.applicationClass \"" + applicationClassName + "\" is not a Java class name (e.g. BlogApp)");
        }
    }

    /** Server code with the default class names. */
    public static EmitOptions of(String basePackage) {
        return new EmitOptions(basePackage, DEFAULT_SCHEMA_CLASS, DEFAULT_APPLICATION_CLASS, true);
    }

    /** Only what a client needs: entities, inputs, the schema class. */
    public static EmitOptions clientOnly(String basePackage) {
        return new EmitOptions(basePackage, DEFAULT_SCHEMA_CLASS, DEFAULT_APPLICATION_CLASS, false);
    }
}
