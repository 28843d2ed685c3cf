package dev.enfyra.codegen.report;

import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.plan.Destructive;
import dev.enfyra.codegen.plan.Step;
import java.util.List;

/** {@code target/enfyra/diff.html}: the Markdown report's content as one self-contained page. */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
            + "pre{background:#f6f8fa;padding:.5rem;overflow:auto}.loss{color:#b00020}.note{color:#555}";

    private HtmlReport() {
    }

    public static String write(DiffReport r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Schema diff</title><style>")
                .append(STYLE).append("</style></head><body>\n<h1>Schema diff</h1>\n<ul><li>from: ").append(esc(r.fromLabel()))
                .append(" (<code>").append(esc(r.fromHash())).append("</code>)</li><li>to: ").append(esc(r.toLabel()))
                .append(" (<code>").append(esc(r.toHash())).append("</code>)</li></ul>\n");
        if (!r.diagnostics().isEmpty()) {
            h.append("<h2>Problems</h2><pre>").append(esc(DiagnosticPrinter.text(r.diagnostics()))).append("</pre>\n");
        }
        if (r.steps().isEmpty()) {
            return h.append("<p>").append(r.hasErrors() ? "No plan: fix the problems above first." : "No changes.")
                    .append("</p></body></html>\n").toString();
        }
        h.append("<p>").append(esc(MarkdownReport.summary(r))).append("</p>\n");
        if (r.confirmHash() != null) {
            h.append("<p>Confirm hash: <code>").append(r.confirmHash()).append("</code></p>\n");
        }
        if (r.command() != null) {
            h.append("<p>Record it with:</p><pre>").append(esc(r.command())).append("</pre>\n");
        }
        if (!r.destructive().isEmpty()) {
            h.append("<h2>What may be lost</h2><table><tr><th>step</th><th>code</th><th>why</th></tr>\n");
            for (Destructive d : r.destructive()) {
                h.append("<tr><td>").append(d.step()).append("</td><td>").append(d.code()).append("</td><td>").append(esc(d.reason()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        api(r, h);
        steps(r, h);
        return h.append("</body></html>\n").toString();
    }

    private static void api(DiffReport r, StringBuilder h) {
        h.append("<h2>API changes</h2>\n");
        if (!r.apiExact()) {
            h.append("<p class=\"note\">Compared from the recorded (physical) schema: to-many relations are not visible.</p>\n");
        }
        if (r.api().isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<table><tr><th>table</th><th>change</th><th>detail</th><th>breaking</th></tr>\n");
        r.api().forEach(c -> h.append("<tr><td>").append(esc(c.table())).append("</td><td>").append(esc(c.what())).append("</td><td>")
                .append(esc(c.detail())).append("</td><td>").append(c.breaking() ? "<strong>yes</strong>" : "no").append("</td></tr>\n"));
        h.append("</table>\n");
    }

    private static void steps(DiffReport r, StringBuilder h) {
        h.append("<h2>Steps</h2>\n<p class=\"note\">").append(esc(MarkdownReport.PREVIEW_NOTE)).append("</p>\n");
        List<String> databases = SqlPreview.databases();
        for (int i = 0; i < r.steps().size(); i++) {
            Step step = r.steps().get(i);
            h.append("<h3>").append(i).append(". ").append(esc(StepText.summary(step))).append("</h3>\n");
            r.destructiveOf(i).forEach(d -> h.append("<p class=\"loss\"><strong>").append(d.code()).append("</strong> ")
                    .append(esc(d.reason())).append("</p>\n"));
            List<List<String>> sql = SqlPreview.statements(step);
            for (int db = 0; db < databases.size(); db++) {
                h.append("<p>").append(esc(databases.get(db))).append(" (preview):</p><pre>")
                        .append(esc(String.join(";\n", sql.get(db)))).append(";</pre>\n");
            }
        }
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
