package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diff.Renames;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalTable;
import dev.enfyra.codegen.plan.Step;
import java.util.List;
import java.util.Optional;

/**
 * What an analyzer may ask about a plan: the schema it starts from, how names changed, and
 * the other steps (a unique index on a table created in the same plan cannot meet duplicates).
 */
public record CheckContext(PhysicalSchema before, Renames renames, List<Step> steps) {

    public CheckContext {
        steps = List.copyOf(steps);
    }

    /** The table as it was, given its name after this plan's renames. */
    public Optional<PhysicalTable> tableBefore(String afterName) {
        Optional<String> renamed = renames.tableBefore(afterName);
        if (renamed.isPresent()) {
            return before.table(renamed.get());
        }
        return renames.tableRenamedAway(afterName) ? Optional.empty() : before.table(afterName);
    }

    /** The name a column of {@code afterTable} had before this plan. */
    public String columnBefore(String afterTable, String afterColumn) {
        return renames.columnBefore(afterTable, afterColumn).orElse(afterColumn);
    }

    public boolean createsTable(String table) {
        return steps.stream().anyMatch(s -> s instanceof Step.CreateTable c && c.table().equals(table));
    }
}
