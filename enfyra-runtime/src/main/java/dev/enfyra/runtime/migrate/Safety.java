package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The checks made before a migration changes anything, and again right before each step that
 * can lose data: the tables it touches are, live, what the history says they are (no drift),
 * the rows at stake are counted and logged, and a NOT NULL column without a default is never
 * added to a table that has rows.
 */
final class Safety {

    private static final Logger LOG = Logger.getLogger(Safety.class.getName());

    private final Dialect dialect;

    Safety(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Before the first statement of {@code plan}: every table a destructive or unsafe step touches
     * (by its name at the start, following the plan's renames back) must be as {@code before} has it.
     */
    void beforeMigration(Connection c, MigrationPlan plan, PhysicalSchema before) throws SQLException {
        Set<String> touched = new LinkedHashSet<>();
        List<Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean unsafeAdd = step instanceof Step.AddColumn add && needsEmptyTable(add);
            if (plan.destructiveAt(i) != null || unsafeAdd) {
                startName(steps.subList(0, i), step.tableName()).filter(n -> before.table(n).isPresent()).ifPresent(touched::add);
            }
        }
        List<String> drift = new ArrayList<>();
        for (String table : touched) {
            drift.addAll(SchemaDiff.compareTable(before.requireTable(table), dialect.schemaReader().readTable(c, table),
                    dialect.schemaReader()));
        }
        refuseOnDrift(plan, "before it started", drift, "Nothing was changed.");
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Step.AddColumn add && needsEmptyTable(add)) {
                Optional<String> table = startName(steps.subList(0, i), add.table()).filter(n -> before.table(n).isPresent());
                if (table.isPresent()) {
                    refuseUnsafeAdd(c, plan, i, add, table.get(), "Nothing was changed.");
                }
            }
        }
    }

    private void refuseUnsafeAdd(Connection c, MigrationPlan plan, int index, Step.AddColumn add, String liveName, String outcome)
            throws SQLException {
        long rows = RowsAtStake.rows(c, dialect.quoting(), liveName);
        if (rows > 0) {
            throw new MigrationException(MigrationException.Code.UNSAFE_STEP, plan.label() + " step " + index + " adds the NOT NULL"
                    + " column " + add.table() + "." + add.column().name() + " without a default, but " + add.table() + " has "
                    + rows + " rows, which would have no value for it. " + outcome + " Record the column with a default (or"
                    + " nullable, then fill it, then make it NOT NULL in a later migration).");
        }
    }

    /** Right before step {@code index} runs (its statements not begun): drift of its table, rows at stake, unsafe adds. */
    void beforeStep(Connection c, MigrationPlan plan, int index, PhysicalSchema before) throws SQLException {
        Step step = plan.steps().get(index);
        MigrationPlan.Destructive destructive = plan.destructiveAt(index);
        if (destructive != null) {
            List<String> drift = SchemaDiff.compareTable(before.requireTable(step.tableName()),
                    dialect.schemaReader().readTable(c, step.tableName()), dialect.schemaReader());
            refuseOnDrift(plan, "at step " + index + " (" + step.op() + " " + step.tableName() + ")", drift,
                    "The migration stopped before this step (where DDL is transactional, nothing of it remains).");
            RowsAtStake.Count count = RowsAtStake.count(c, dialect.quoting(), step);
            LOG.warning(() -> plan.label() + " step " + index + " " + destructive.code() + " " + destructive.reason()
                    + (count == null ? "" : ": " + count + " at stake"));
        }
        if (step instanceof Step.AddColumn add && needsEmptyTable(add)) {
            refuseUnsafeAdd(c, plan, index, add, add.table(), "The migration stopped before this step.");
        }
    }

    static boolean needsEmptyTable(Step.AddColumn add) {
        return !add.column().nullable() && !add.column().hasDefault() && !add.column().generated();
    }

    /** The name {@code table} had before {@code earlier} ran; empty when one of them created it. */
    static Optional<String> startName(List<Step> earlier, String table) {
        String name = table;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Step s = earlier.get(i);
            if (s instanceof Step.RenameTable r && r.to().equals(name)) {
                name = r.from();
            } else if (s instanceof Step.CreateTable t && t.table().name().equals(name)) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private static void refuseOnDrift(MigrationPlan plan, String when, List<String> drift, String outcome) {
        if (!drift.isEmpty()) {
            throw new MigrationException(MigrationException.Code.DRIFT, plan.label() + " was refused " + when
                    + ": the live schema is not what the migration history says it is, so its destructive steps could"
                    + " lose other data than was confirmed. Differences (expected by the history, found in the database):\n  "
                    + String.join("\n  ", drift) + "\n" + outcome + " Undo the manual change to the database (or record"
                    + " it in the schema files, so a migration makes it), then start again.");
        }
    }
}
