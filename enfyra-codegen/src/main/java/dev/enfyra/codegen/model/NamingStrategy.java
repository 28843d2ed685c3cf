package dev.enfyra.codegen.model;

import java.util.Locale;
import java.util.Set;

/**
 * Maps snapshot names to Java identifiers. The default keeps names recognisable:
 * {@code enfyra_file_permission} → type {@code EnfyraFilePermission}, member
 * {@code enfyraFilePermission}, constant {@code ENFYRA_FILE_PERMISSION}; {@code isPublished}
 * stays {@code isPublished}. Java keywords and names that records cannot use get a trailing
 * underscore. The model stage reports two names that map to the same identifier.
 */
public interface NamingStrategy {

    NamingStrategy DEFAULT = new NamingStrategy() {
    };

    /** Java keywords, literals and contextual words that cannot name a field or type. */
    Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");

    /** Record components cannot be named like the methods every record has. */
    Set<String> RECORD_METHODS = Set.of(
            "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    default String typeName(String tableName) {
        String camel = camel(tableName);
        String type = camel.isEmpty() ? "_" : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        return RESERVED.contains(type) ? type + "_" : type;
    }

    default String memberName(String fieldName) {
        String camel = camel(fieldName);
        String member = camel.isEmpty() ? "_" : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
        return RESERVED.contains(member) || RECORD_METHODS.contains(member) ? member + "_" : member;
    }

    default String constantName(String fieldName) {
        String camel = camel(fieldName);
        String snake = camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return snake.isEmpty() ? "_" : snake;
    }

    /** Words split at anything that is not a letter or digit, joined in camel case; a leading digit gets {@code _}. */
    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 127) {
                upperNext = out.length() > 0;
                continue;
            }
            out.append(upperNext ? Character.toUpperCase(c) : c);
            upperNext = false;
        }
        if (out.length() > 0 && Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }
}
