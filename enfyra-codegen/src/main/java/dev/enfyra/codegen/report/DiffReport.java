package dev.enfyra.codegen.report;

import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.plan.Destructive;
import dev.enfyra.codegen.plan.Step;
import java.util.List;
import java.util.Objects;

/**
 * Entry point of the report stage: everything {@code enfyra:diff} shows about one migration,
 * as a value the three writers ({@link MarkdownReport}, {@link HtmlReport}, {@link JsonReport})
 * read.
 *
 * @param fromLabel   where the schema before comes from, e.g. {@code recorded migrations (0001-0003)}
 * @param toLabel     where the schema after comes from, e.g. {@code src/main/enfyra/snapshot.json}
 * @param confirmHash null when nothing may lose data
 * @param command     how to record it, or null when there is nothing to record or no project
 */
public record DiffReport(String fromLabel, String fromHash, String toLabel, String toHash, List<Step> steps,
        List<Destructive> destructive, String confirmHash, List<ApiChange> api, boolean apiExact,
        List<Diagnostic> diagnostics, String command) {

    public DiffReport {
        Objects.requireNonNull(fromLabel, "fromLabel");
        Objects.requireNonNull(toLabel, "toLabel");
        steps = List.copyOf(steps);
        destructive = List.copyOf(destructive);
        api = List.copyOf(api);
        diagnostics = List.copyOf(diagnostics);
    }

    public static DiffReport of(String fromLabel, String toLabel, Migrations.Pending pending, ApiSurface before,
            ApiSurface after, List<Diagnostic> diagnostics, String command) {
        List<ApiChange> api = ApiDiff.diff(before, after, pending.diff().renames());
        // The destructive-change warnings are the report's own "what may be lost" section.
        List<Diagnostic> problems = diagnostics.stream().filter(d -> !d.code().id().startsWith("ENF-C")).toList();
        return new DiffReport(fromLabel, pending.from(), toLabel, pending.diff().after().hash(), pending.steps(),
                pending.destructive(), pending.confirmHash(), api, before.exact() && after.exact(), problems, command);
    }

    public List<Destructive> destructiveOf(int step) {
        return destructive.stream().filter(d -> d.step() == step).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long breakingChanges() {
        return api.stream().filter(ApiChange::breaking).count();
    }
}
