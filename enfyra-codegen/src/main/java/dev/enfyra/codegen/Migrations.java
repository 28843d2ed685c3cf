package dev.enfyra.codegen;

import dev.enfyra.codegen.check.CheckContext;
import dev.enfyra.codegen.check.DestructiveChecks;
import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.diff.SchemaDiff;
import dev.enfyra.codegen.history.History;
import dev.enfyra.codegen.history.HistoryReader;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.plan.Destructive;
import dev.enfyra.codegen.plan.MigrationNames;
import dev.enfyra.codegen.plan.MigrationPlan;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.plan.Planner;
import dev.enfyra.codegen.plan.Step;
import dev.enfyra.codegen.snapshot.RawHints;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The migration stages in one call, for the goals and tests: the recorded history and
 * {@code snapshot.json} in, what is not recorded yet out ({@code diff → plan → check}).
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * The changes from a schema ({@code from}: its hash, or "empty") to {@code snapshot.json}, planned and checked.
     *
     * @param version the version a recording would get
     */
    public record Pending(Schema schema, SchemaDiff diff, String from, int version, List<Step> steps,
            List<Destructive> destructive) {

        public Pending {
            steps = List.copyOf(steps);
            destructive = List.copyOf(destructive);
        }

        public boolean isEmpty() {
            return steps.isEmpty();
        }

        public boolean isDestructive() {
            return !destructive.isEmpty();
        }

        /** What the user confirms; null when nothing is destructive. */
        public String confirmHash() {
            return destructive.isEmpty() ? null : PlanJson.confirmHash(from, steps, destructive);
        }

        public String suggestedName() {
            return MigrationNames.suggest(diff.changes(), from.equals(MigrationPlan.EMPTY));
        }

        /** The migration to write as {@code migrations/NNNN_name.json}. */
        public MigrationPlan record(String name) {
            return MigrationPlan.record(version, name, from, steps, destructive, diff.after());
        }
    }

    /** {@code snapshot.json} and its siblings against the recorded migration files. */
    public static Result<Pending> pending(SnapshotInput input, List<SchemaSource> migrationFiles, NamingStrategy naming) {
        Result<History> history = HistoryReader.read(migrationFiles);
        Result<Frontend.Compiled> compiled = Frontend.read(input, naming, Optional.empty());
        List<Diagnostic> all = new ArrayList<>(compiled.diagnostics());
        all.addAll(history.diagnostics());
        if (compiled.hasErrors() || history.hasErrors()) {
            return new Result<>(nothing(compiled.value().schema(), history.value()), sorted(all));
        }
        History h = history.value();
        Result<Pending> pending = between(h.schema(), h.head(), h.nextVersion(), compiled.value().schema(),
                compiled.value().snapshot().hints(), input.snapshotName());
        all.addAll(pending.diagnostics());
        return new Result<>(pending.value(), sorted(all));
    }

    /**
     * From any physical schema to a compiled snapshot: diff, plan, check. Warnings name every
     * destructive step; errors (a drop without a hint) leave the plan empty.
     */
    public static Result<Pending> between(PhysicalSchema before, String from, int version, Schema after, RawHints hints,
            String snapshotName) {
        Result<SchemaDiff> diff = SchemaDiff.diff(before, after, hints, snapshotName);
        if (diff.hasErrors()) {
            return new Result<>(new Pending(after, diff.value(), from, version, List.of(), List.of()), diff.diagnostics());
        }
        List<Step> steps = Planner.plan(diff.value());
        List<Destructive> destructive = DestructiveChecks.run(steps, new CheckContext(before, diff.value().renames(), steps));
        List<Diagnostic> all = new ArrayList<>(diff.diagnostics());
        all.addAll(DestructiveChecks.diagnostics(destructive, steps, snapshotName));
        return new Result<>(new Pending(after, diff.value(), from, version, steps, destructive), sorted(all));
    }

    private static Pending nothing(Schema schema, History history) {
        SchemaDiff empty = new SchemaDiff(history.schema(), history.schema(), dev.enfyra.codegen.diff.Renames.NONE, List.of());
        return new Pending(schema, empty, history.head(), history.nextVersion(), List.of(), List.of());
    }

    private static List<Diagnostic> sorted(List<Diagnostic> all) {
        return all.stream().distinct().sorted(Diagnostics.ORDER).toList();
    }
}
