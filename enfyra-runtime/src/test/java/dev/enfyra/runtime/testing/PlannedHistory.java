package dev.enfyra.runtime.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.plan.MigrationPlan;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import dev.enfyra.runtime.migrate.CanonicalJson;
import dev.enfyra.runtime.migrate.RecordedMigration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Histories recorded by the compiler's planner, as {@code mvn enfyra:...} records them: each
 * version of a snapshot (with its {@code snapshot-migration.json}) planned against the files
 * recorded before, written with the planner's own JSON writer, then embedded as they are.
 */
public final class PlannedHistory {

    private final List<SchemaSource> files = new ArrayList<>();
    private final List<RecordedMigration> migrations = new ArrayList<>();

    /**
     * Records the changes from the history so far to {@code snapshot} (with {@code hints} when
     * given, edited by {@code editHints} when not null); destructive steps are confirmed.
     */
    public PlannedHistory record(String name, String snapshotName, String snapshot, String hints, UnaryOperator<ObjectNode> editHints) {
        String hintText = hints;
        if (hints != null && editHints != null) {
            try {
                hintText = editHints.apply((ObjectNode) CanonicalJson.parse(hints)).toPrettyString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SnapshotInput input = new SnapshotInput(snapshotName, Optional.of(new SchemaSource(snapshotName, snapshot)),
                Optional.ofNullable(hintText).map(t -> new SchemaSource("snapshot-migration.json", t)), Optional.empty(),
                Optional.empty());
        Result<Migrations.Pending> pending = Migrations.pending(input, files, NamingStrategy.DEFAULT);
        if (pending.hasErrors()) {
            throw new IllegalStateException(DiagnosticPrinter.text(pending.diagnostics()));
        }
        if (pending.value().isEmpty()) {
            return this;
        }
        MigrationPlan plan = pending.value().record(name);
        String text = PlanJson.text(plan);
        files.add(new SchemaSource("migrations/" + plan.fileName(), text));
        migrations.add(new TestPlans.Recorded(plan.version(), plan.name(), text));
        return this;
    }

    public List<RecordedMigration> migrations() {
        return List.copyOf(migrations);
    }

    /**
     * Enfyra's own history, 73cb3680 → 27c3029b → 8962ff10 → HEAD, each with the
     * snapshot-migration.json of its target. 27c3029b drops flow_execution_definition.context
     * without a hint in Enfyra's file; the hint is added as the planner's error asks.
     */
    public static PlannedHistory enfyra() {
        return new PlannedHistory()
                .record("init", "snapshot-73cb3680.json", EnfyraData.read("snapshot-73cb3680.json"), null, null)
                .record("enfyra_27c3029b", "snapshot-27c3029b.json", EnfyraData.read("snapshot-27c3029b.json"),
                        EnfyraData.read("snapshot-migration-27c3029b.json"), PlannedHistory::removeContext)
                .record("enfyra_8962ff10", "snapshot-8962ff10.json", EnfyraData.read("snapshot-8962ff10.json"),
                        EnfyraData.read("snapshot-migration-8962ff10.json"), null)
                .record("enfyra_head", "snapshot.json", EnfyraData.read("snapshot.json"), EnfyraData.read("snapshot-migration.json"), null);
    }

    private static ObjectNode removeContext(ObjectNode hints) {
        ObjectNode entry = ((ArrayNode) hints.withArray("tables")).addObject();
        entry.putObject("_unique").putObject("name").put("_eq", "flow_execution_definition");
        entry.putArray("columnsToRemove").add("context");
        return hints;
    }
}
