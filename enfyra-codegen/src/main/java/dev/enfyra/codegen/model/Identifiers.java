package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.snapshot.Val;
import java.util.regex.Pattern;

/** Names that become SQL identifiers must be portable to every supported database. */
final class Identifiers {

    private static final Pattern SQL_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Identifiers() {
    }

    /** Reports an invalid or too long name; returns true when the name is usable. */
    static boolean check(Val<String> name, String what, Diagnostics d) {
        String value = name.value();
        if (value == null) {
            return false;
        }
        if (!SQL_IDENTIFIER.matcher(value).matches()) {
            d.report(DiagnosticCode.INVALID_IDENTIFIER, name.origin(), what + " \"" + value + "\" is not a valid identifier")
                    .found("\"" + value + "\"")
                    .expected("a letter or _ followed by letters, digits or _ (e.g. \"" + suggest(value) + "\")")
                    .hint("rename it to \"" + suggest(value) + "\"")
                    .add();
            return false;
        }
        return checkLength(value, name, what, d);
    }

    /** Derived names (FK columns) must fit too; {@code name} tells where to fix it. */
    static boolean checkLength(String value, Val<String> name, String what, Diagnostics d) {
        if (value.length() > PhysicalNames.MAX_IDENTIFIER) {
            d.report(DiagnosticCode.IDENTIFIER_TOO_LONG, name.origin(),
                            what + " \"" + value + "\" is " + value.length() + " characters long")
                    .found(value.length() + " characters")
                    .expected("at most " + PhysicalNames.MAX_IDENTIFIER + " characters (PostgreSQL's limit)")
                    .hint("choose a shorter name")
                    .add();
            return false;
        }
        return true;
    }

    private static String suggest(String value) {
        String cleaned = value.replaceAll("[^A-Za-z0-9_]+", "_");
        if (cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0))) {
            cleaned = "_" + cleaned;
        }
        return cleaned;
    }
}
