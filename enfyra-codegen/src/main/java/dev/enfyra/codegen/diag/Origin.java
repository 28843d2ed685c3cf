package dev.enfyra.codegen.diag;

/**
 * Where a value came from: the file as the user named it, the JSON pointer of the value
 * inside it, and the 1-based line and column where the value starts (0 when unknown).
 */
public record Origin(String file, String pointer, int line, int column) {

    public Origin {
        java.util.Objects.requireNonNull(file, "file");
        java.util.Objects.requireNonNull(pointer, "pointer");
    }

    /** The whole file, for problems that have no better place (a missing file, say). */
    public static Origin ofFile(String file) {
        return new Origin(file, "", 0, 0);
    }

    /** {@code file:line:column}, or just the file when the position is unknown. */
    public String location() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** RFC 6901 escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
