package dev.enfyra.codegen.report;

import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.plan.Destructive;
import dev.enfyra.codegen.plan.Step;
import java.util.List;

/** {@code target/enfyra/diff.md}. */
public final class MarkdownReport {

    static final String PREVIEW_NOTE = "SQL preview: how the runtime's dialects are expected to apply each step."
            + " The runtime's DDL is authoritative; this text is not run.";

    private MarkdownReport() {
    }

    public static String write(DiffReport r) {
        StringBuilder md = new StringBuilder("# Schema diff\n\n");
        md.append("- from: ").append(r.fromLabel()).append(" (`").append(r.fromHash()).append("`)\n");
        md.append("- to: ").append(r.toLabel()).append(" (`").append(r.toHash()).append("`)\n\n");
        if (!r.diagnostics().isEmpty()) {
            md.append("## Problems\n\n```\n").append(DiagnosticPrinter.text(r.diagnostics())).append("```\n\n");
        }
        if (r.steps().isEmpty()) {
            return md.append(r.hasErrors() ? "No plan: fix the problems above first.\n" : "No changes.\n").toString();
        }
        md.append(summary(r)).append("\n\n");
        if (r.confirmHash() != null) {
            md.append("Confirm hash: `").append(r.confirmHash()).append("`\n\n");
        }
        if (r.command() != null) {
            md.append("Record it with:\n\n```\n").append(r.command()).append("\n```\n\n");
        }
        destructive(r, md);
        api(r, md);
        steps(r, md);
        return md.toString();
    }

    private static void destructive(DiffReport r, StringBuilder md) {
        if (r.destructive().isEmpty()) {
            return;
        }
        md.append("## What may be lost\n\n| step | code | why |\n|---|---|---|\n");
        for (Destructive d : r.destructive()) {
            md.append("| ").append(d.step()).append(" | ").append(d.code()).append(" | ").append(cell(d.reason())).append(" |\n");
        }
        md.append('\n');
    }

    private static void api(DiffReport r, StringBuilder md) {
        md.append("## API changes\n\n");
        if (!r.apiExact()) {
            md.append("Compared from the recorded (physical) schema: to-many relations are not visible, and a to-one relation"
                    + " is named after its FK column. Compare two snapshots (`-Denfyra.from=… -Denfyra.to=…`) for the exact API.\n\n");
        }
        if (r.api().isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| table | change | detail | breaking |\n|---|---|---|---|\n");
        r.api().forEach(c -> md.append("| ").append(c.table()).append(" | ").append(c.what()).append(" | ")
                .append(cell(c.detail())).append(" | ").append(c.breaking() ? "**yes**" : "no").append(" |\n"));
        md.append('\n');
    }

    private static void steps(DiffReport r, StringBuilder md) {
        md.append("## Steps\n\n").append(PREVIEW_NOTE).append("\n\n");
        List<String> databases = SqlPreview.databases();
        for (int i = 0; i < r.steps().size(); i++) {
            Step step = r.steps().get(i);
            md.append("### ").append(i).append(". ").append(step.kind().op()).append(' ').append(step.element()).append("\n\n")
                    .append(StepText.summary(step)).append("\n\n");
            r.destructiveOf(i).forEach(d -> md.append("> **").append(d.code()).append("** ").append(d.reason()).append("\n\n"));
            List<List<String>> sql = SqlPreview.statements(step);
            for (int db = 0; db < databases.size(); db++) {
                md.append(databases.get(db)).append(" (preview):\n\n```sql\n")
                        .append(String.join(";\n", sql.get(db))).append(";\n```\n\n");
            }
        }
    }

    /** {@code 5 steps; none may lose data; 1 breaking API change.} */
    static String summary(DiffReport r) {
        return count(r.steps().size(), "step") + "; " + (r.destructive().isEmpty() ? "none may lose data"
                : r.destructive().size() + " may lose data or fail on existing data") + "; "
                + count(r.breakingChanges(), "breaking API change") + ".";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
