package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalIndex;
import dev.enfyra.codegen.plan.Step;
import java.util.List;
import java.util.Optional;

/**
 * ENF-C007: a unique index fails on existing duplicates. It loses nothing, but it can stop a
 * deployment, so it is confirmed like a loss. Not flagged where no duplicate can exist: on a
 * table created by the same plan, over the columns of a unique index dropped by the same plan
 * (the same constraint under a new name), or over new nullable columns without a default
 * (all null, and null never collides).
 */
public final class UniqueAddedCheck implements DestructiveCheck {

    @Override
    public DiagnosticCode code() {
        return DiagnosticCode.ADDS_UNIQUE;
    }

    @Override
    public Optional<String> check(Step step, CheckContext context) {
        if (!(step instanceof Step.AddIndex add) || !add.index().unique() || context.createsTable(add.table())
                || wasUnique(add, context) || onlyNewEmptyColumns(add, context)) {
            return Optional.empty();
        }
        return Optional.of("adds unique index " + add.index().name() + " on " + add.table() + " "
                + add.index().columns() + ": fails if existing rows share a value");
    }

    private static boolean wasUnique(Step.AddIndex add, CheckContext context) {
        List<String> before = add.index().columns().stream().map(c -> context.columnBefore(add.table(), c)).toList();
        return context.tableBefore(add.table()).stream()
                .flatMap(t -> t.indexes().stream())
                .anyMatch(i -> i.unique() && i.columns().equals(before));
    }

    private static boolean onlyNewEmptyColumns(Step.AddIndex add, CheckContext context) {
        PhysicalIndex index = add.index();
        return index.columns().stream().allMatch(c -> context.steps().stream()
                .anyMatch(s -> s instanceof Step.AddColumn a && a.table().equals(add.table()) && a.column().name().equals(c)
                        && empty(a.column())));
    }

    private static boolean empty(PhysicalColumn column) {
        return column.nullable() && column.defaultValue() == null;
    }
}
