package dev.enfyra.codegen.diag;

import java.util.List;

/**
 * What a stage returns: its value (always present, possibly partial when there are errors)
 * and every diagnostic it found, sorted.
 */
public record Result<T>(T value, List<Diagnostic> diagnostics) {

    public Result {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
