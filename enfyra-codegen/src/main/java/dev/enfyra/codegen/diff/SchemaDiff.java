package dev.enfyra.codegen.diff;

import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalSchemas;
import dev.enfyra.codegen.snapshot.RawHints;
import java.util.List;

/**
 * The outcome of the diff stage: the two physical schemas, how their tables and columns pair
 * up, and the semantic changes from one to the other.
 */
public record SchemaDiff(PhysicalSchema before, PhysicalSchema after, Renames renames, List<SchemaChange> changes) {

    public SchemaDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Entry point of the diff stage. {@code before} is the recorded schema (physical only);
     * {@code after} the model of {@code snapshot.json}, whose hints make the diff rename-aware.
     * Errors: a table, column or relation gone without a hint (never a silent drop), a change a
     * migration cannot express.
     */
    public static Result<SchemaDiff> diff(PhysicalSchema before, Schema after, RawHints hints, String snapshotFile) {
        Diagnostics d = new Diagnostics();
        PhysicalSchema now = PhysicalSchemas.derive(after);
        Renames renames = new RenameResolver(before, after, now, hints, d).resolve();
        new HintCoverage(before, now, renames, hints, d).check();
        List<SchemaChange> changes = new SchemaDiffer(before, now, renames, d, Origin.ofFile(snapshotFile)).diff();
        return new Result<>(new SchemaDiff(before, now, renames, changes), d.sorted());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
