package dev.enfyra.codegen.diag;

/** How bad a diagnostic is. Only errors fail a build. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
