package dev.enfyra.codegen.plan;

import dev.enfyra.codegen.diff.SchemaChange;
import dev.enfyra.codegen.diff.SchemaDiff;
import dev.enfyra.codegen.physical.PhysicalSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the plan stage: semantic changes in, steps out, in {@link StepKind} order. A
 * new table is created bare; its indexes and foreign keys are steps of their own, so that they
 * run in the same place as every other index and foreign key. A step that drops or changes
 * something carries it as it is when the step runs (a dropped table whose foreign keys went
 * first no longer has them), and the whole plan is replayed to check that it reaches the schema
 * after.
 */
public final class Planner {

    private Planner() {
    }

    public static List<Step> plan(SchemaDiff diff) {
        List<Step> steps = new ArrayList<>();
        diff.changes().forEach(c -> add(c, steps));
        steps.sort(StepKind.ORDER);
        List<Step> out = new ArrayList<>();
        PhysicalSchema current = diff.before();
        for (Step step : steps) {
            Step asRun = asItIs(step, current);
            current = Replay.apply(current, asRun);
            out.add(asRun);
        }
        if (!Replay.same(current, diff.after())) {
            throw new IllegalStateException("internal error: the planned steps do not lead to the schema of snapshot.json."
                    + " Please report this with both schemas.\nreached:  " + Replay.canonical(current)
                    + "\nexpected: " + Replay.canonical(diff.after()));
        }
        return List.copyOf(out);
    }

    private static void add(SchemaChange change, List<Step> steps) {
        switch (change) {
            case SchemaChange.TableCreated c -> {
                steps.add(new Step.CreateTable(c.created().withoutConstraints()));
                c.created().indexes().forEach(i -> steps.add(new Step.AddIndex(c.table(), i)));
                c.created().foreignKeys().forEach(f -> steps.add(new Step.AddForeignKey(c.table(), f)));
            }
            case SchemaChange.TableDropped c -> steps.add(new Step.DropTable(c.dropped()));
            case SchemaChange.TableRenamed c -> steps.add(new Step.RenameTable(c.from(), c.to()));
            case SchemaChange.ColumnAdded c -> steps.add(new Step.AddColumn(c.table(), c.column()));
            case SchemaChange.ColumnDropped c -> steps.add(new Step.DropColumn(c.table(), c.column()));
            case SchemaChange.ColumnRenamed c -> steps.add(new Step.RenameColumn(c.table(), c.from(), c.to()));
            case SchemaChange.ColumnAltered c -> steps.add(new Step.AlterColumn(c.table(), c.from(), c.to()));
            case SchemaChange.IndexAdded c -> steps.add(new Step.AddIndex(c.table(), c.index()));
            case SchemaChange.IndexDropped c -> steps.add(new Step.DropIndex(c.table(), c.index()));
            case SchemaChange.ForeignKeyAdded c -> steps.add(new Step.AddForeignKey(c.table(), c.foreignKey()));
            case SchemaChange.ForeignKeyDropped c -> steps.add(new Step.DropForeignKey(c.table(), c.foreignKey()));
        }
    }

    /** The step with what it drops or changes as the schema holds it at this point of the plan. */
    private static Step asItIs(Step step, PhysicalSchema current) {
        return switch (step) {
            case Step.DropTable d -> new Step.DropTable(current.table(d.table()).orElseThrow());
            case Step.DropColumn d -> new Step.DropColumn(d.table(),
                    current.table(d.table()).flatMap(t -> t.column(d.column().name())).orElseThrow());
            case Step.AlterColumn a -> new Step.AlterColumn(a.table(),
                    current.table(a.table()).flatMap(t -> t.column(a.to().name())).orElseThrow(), a.to());
            case Step.DropIndex d -> new Step.DropIndex(d.table(),
                    current.table(d.table()).flatMap(t -> t.index(d.index().name())).orElseThrow());
            case Step.DropForeignKey d -> new Step.DropForeignKey(d.table(),
                    current.table(d.table()).flatMap(t -> t.foreignKey(d.foreignKey().name())).orElseThrow());
            default -> step;
        };
    }
}
