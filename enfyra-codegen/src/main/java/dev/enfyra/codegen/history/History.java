package dev.enfyra.codegen.history;

import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.plan.MigrationPlan;
import java.util.List;

/**
 * The recorded migrations of a project, in version order and verified. Replaying them gives the
 * {@code schema} of the last one (each file records the whole schema after it), or the empty
 * schema when nothing is recorded yet.
 */
public record History(List<MigrationFile> files) {

    public static final History EMPTY = new History(List.of());

    public History {
        files = List.copyOf(files);
    }

    public PhysicalSchema schema() {
        return files.isEmpty() ? PhysicalSchema.EMPTY : files.get(files.size() - 1).plan().schema();
    }

    /** Where the next migration starts: the last {@code to}, or {@value MigrationPlan#EMPTY}. */
    public String head() {
        return files.isEmpty() ? MigrationPlan.EMPTY : files.get(files.size() - 1).plan().to();
    }

    public int nextVersion() {
        return files.isEmpty() ? 1 : files.get(files.size() - 1).version() + 1;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
