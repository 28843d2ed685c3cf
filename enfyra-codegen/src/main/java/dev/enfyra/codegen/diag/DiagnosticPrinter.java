package dev.enfyra.codegen.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Prints diagnostics compiler-style for people, or as JSON for tools. */
public final class DiagnosticPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosticPrinter() {
    }

    /**
     * One diagnostic as {@code file:line:col: error ENF-S012: message (at /pointer)} followed by
     * indented found/expected/hint lines.
     */
    public static String text(Diagnostic d) {
        StringBuilder out = new StringBuilder()
                .append(d.origin().location()).append(": ")
                .append(d.severity().label()).append(' ').append(d.code().id()).append(": ")
                .append(d.message());
        if (!d.origin().pointer().isEmpty()) {
            out.append(" (at ").append(d.origin().pointer()).append(')');
        }
        appendLine(out, "found:   ", d.found());
        appendLine(out, "expected:", d.expected());
        appendLine(out, "hint:    ", d.hint());
        return out.toString();
    }

    /** All diagnostics, one block each, and a closing count line. */
    public static String text(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(text(d)).append('\n');
        }
        return out.append(summary(diagnostics)).append('\n').toString();
    }

    /** {@code 2 errors, 1 warning}. */
    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    /** A JSON document: {@code {"errors": n, "warnings": n, "diagnostics": [...]}}. */
    public static String json(List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        root.put("errors", errors);
        root.put("warnings", diagnostics.size() - errors);
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode item = list.addObject();
            item.put("code", d.code().id());
            item.put("severity", d.severity().label());
            item.put("file", d.origin().file());
            item.put("pointer", d.origin().pointer());
            item.put("line", d.origin().line());
            item.put("column", d.origin().column());
            item.put("message", d.message());
            item.put("found", d.found());
            item.put("expected", d.expected());
            item.put("hint", d.hint());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: a tree of plain nodes always serializes", e);
        }
    }

    private static void appendLine(StringBuilder out, String label, String value) {
        if (value != null) {
            out.append("\n    ").append(label).append(' ').append(value);
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
