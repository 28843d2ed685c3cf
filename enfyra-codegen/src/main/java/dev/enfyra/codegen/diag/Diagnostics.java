package dev.enfyra.codegen.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics during a stage. Stages never stop at the first problem: they report
 * everything they can find, and the caller decides whether errors block the next stage.
 */
public final class Diagnostics {

    /** Stable print order: by file, position, then code, whatever order checks ran in. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.origin().file())
            .thenComparingInt(d -> d.origin().line())
            .thenComparingInt(d -> d.origin().column())
            .thenComparing(d -> d.origin().pointer())
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> items = new ArrayList<>();

    public Report report(DiagnosticCode code, Origin origin, String message) {
        return new Report(code, origin, message);
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics so far, sorted and without exact repeats. */
    public List<Diagnostic> sorted() {
        return items.stream().distinct().sorted(ORDER).toList();
    }

    /** Fluent builder for one diagnostic; {@link #add()} files it. */
    public final class Report {
        private final DiagnosticCode code;
        private final Origin origin;
        private final String message;
        private String found;
        private String expected;
        private String hint;

        private Report(DiagnosticCode code, Origin origin, String message) {
            this.code = code;
            this.origin = origin;
            this.message = message;
        }

        public Report found(String value) {
            this.found = value;
            return this;
        }

        public Report expected(String value) {
            this.expected = value;
            return this;
        }

        public Report hint(String value) {
            this.hint = value;
            return this;
        }

        public void add() {
            items.add(new Diagnostic(code, code.severity(), origin, message, found, expected, hint));
        }
    }
}
