package dev.enfyra.codegen.diag;

import java.util.Objects;

/**
 * One problem in the user's input. {@code found}, {@code expected} and {@code hint} may be
 * null when they say nothing useful; {@code message} always reads well on its own.
 */
public record Diagnostic(
        DiagnosticCode code,
        Severity severity,
        Origin origin,
        String message,
        String found,
        String expected,
        String hint) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
