package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.MigrationStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies one migration. Where DDL is transactional (PostgreSQL) the whole migration, with its
 * state row, is one transaction: it is applied entirely or not at all. Elsewhere (H2, MySQL,
 * MariaDB) each statement is journaled right after it ran; a crash leaves at most one statement
 * that ran without its journal row, and the next start asks that statement whether it took
 * effect before it goes on.
 */
final class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class.getName());

    /** One statement of a migration with the step it belongs to. */
    record Planned(int step, MigrationStatement statement, String sqlHash) {
    }

    private final Dialect dialect;
    private final MigrationState state;
    private final Safety safety;

    MigrationRunner(Dialect dialect, MigrationState state) {
        this.dialect = dialect;
        this.state = state;
        this.safety = new Safety(dialect);
    }

    /** The statements of {@code plan} from {@code before}, in order; their index is their place in this list. */
    List<Planned> render(MigrationPlan plan, PhysicalSchema before) {
        List<Planned> out = new ArrayList<>();
        PhysicalSchema current = before;
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            for (MigrationStatement s : dialect.migrationSql().statements(step, current)) {
                out.add(new Planned(i, s, CanonicalJson.sha256(s.sql())));
            }
            current = SchemaReplay.apply(current, step);
        }
        return out;
    }

    /** The schemas before each step: {@code before} and the steps replayed one by one. */
    private static List<PhysicalSchema> stepStarts(MigrationPlan plan, PhysicalSchema before) {
        List<PhysicalSchema> out = new ArrayList<>();
        PhysicalSchema current = before;
        for (Step step : plan.steps()) {
            out.add(current);
            current = SchemaReplay.apply(current, step);
        }
        return out;
    }

    /**
     * Applies {@code plan}, which starts from {@code before}; {@code previous} is its state row
     * when an earlier attempt left one (running or failed), else null.
     */
    void apply(Connection c, MigrationPlan plan, PhysicalSchema before, MigrationState.Row previous) throws SQLException {
        List<Planned> statements = render(plan, before);
        OffsetDateTime started = previous != null ? previous.startedAt() : MigrationState.now();
        LOG.info(() -> (previous == null ? "applying " : "resuming ") + plan.label() + " (" + plan.steps().size() + " steps, "
                + statements.size() + " statements)");
        if (dialect.supportsTransactionalDdl()) {
            transactional(c, plan, before, statements, started);
        } else {
            // Only a crash (the row still says running) can leave a statement that ran without its journal row.
            journaled(c, plan, before, statements, started, previous != null && MigrationState.RUNNING.equals(previous.status()));
        }
    }

    private void transactional(Connection c, MigrationPlan plan, PhysicalSchema before, List<Planned> statements,
            OffsetDateTime started) throws SQLException {
        List<PhysicalSchema> starts = stepStarts(plan, before);
        c.setAutoCommit(false);
        try {
            safety.beforeMigration(c, plan, before);
            state.markRunning(c, plan, started);
            Set<Integer> checked = new HashSet<>();
            for (int i = 0; i < statements.size(); i++) {
                Planned p = statements.get(i);
                if (checked.add(p.step())) {
                    safety.beforeStep(c, plan, p.step(), starts.get(p.step()));
                }
                execute(c, plan, i, p);
            }
            state.markApplied(c, plan.version(), started, MigrationState.now());
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            c.setAutoCommit(true);
            fail(c, plan, started, e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void journaled(Connection c, MigrationPlan plan, PhysicalSchema before, List<Planned> statements,
            OffsetDateTime started, boolean resuming) throws SQLException {
        List<PhysicalSchema> starts = stepStarts(plan, before);
        Map<Integer, String> journal = state.journal(c, plan.version());
        checkJournal(plan, statements, journal);
        try {
            // After a crash the first statement may have run without its journal row: the start is not "before" any more.
            if (journal.isEmpty() && !resuming) {
                safety.beforeMigration(c, plan, before);
            }
            state.markRunning(c, plan, started);
            Set<Integer> begun = new HashSet<>();
            journal.keySet().forEach(i -> begun.add(statements.get(i).step()));
            boolean first = true;
            for (int i = 0; i < statements.size(); i++) {
                Planned p = statements.get(i);
                if (journal.containsKey(i)) {
                    continue;
                }
                if (first && resuming) {
                    // This statement may have run: its step was checked before it began, by the process that died;
                    // checking it again now would compare a half-changed table with the step's start.
                    begun.add(p.step());
                    if (p.statement().done().holds(c, dialect.schemaReader())) {
                        int index = i;
                        LOG.info(() -> plan.label() + ": statement " + index + " had taken effect before the interruption; journaled now");
                        state.journal(c, plan.version(), i, p.sqlHash());
                        first = false;
                        continue;
                    }
                }
                first = false;
                if (begun.add(p.step())) {
                    safety.beforeStep(c, plan, p.step(), starts.get(p.step()));
                }
                execute(c, plan, i, p);
                state.journal(c, plan.version(), i, p.sqlHash());
            }
            state.markApplied(c, plan.version(), started, MigrationState.now());
        } catch (SQLException | RuntimeException e) {
            fail(c, plan, started, e);
        }
    }

    private static void execute(Connection c, MigrationPlan plan, int index, Planned p) throws SQLException {
        try {
            p.statement().execute(c);
        } catch (SQLException e) {
            throw new StatementFailed(plan, index, p, e);
        }
        TestHooks.afterStatement(plan.version(), index);
    }

    /** The journal belongs to these statements: the same SQL at every journaled index. */
    private static void checkJournal(MigrationPlan plan, List<Planned> statements, Map<Integer, String> journal) {
        for (Map.Entry<Integer, String> entry : journal.entrySet()) {
            int i = entry.getKey();
            if (i >= statements.size() || !statements.get(i).sqlHash().equals(entry.getValue())) {
                throw new MigrationException(MigrationException.Code.JOURNAL_MISMATCH, plan.label() + " was interrupted after "
                        + journal.size() + " statements, but statement " + i + " is not the statement that ran then (its SQL"
                        + " differs: another runtime version renders it otherwise). Resume it with the runtime version that"
                        + " started it, or restore the database from a backup.");
            }
        }
    }

    /** Records the failure in the state row, then rethrows it as the migrator's refusal. */
    private void fail(Connection c, MigrationPlan plan, OffsetDateTime started, Exception e) throws SQLException {
        String message = e instanceof StatementFailed f ? f.getMessage()
                : e instanceof MigrationException m ? m.getMessage() : plan.label() + " failed: " + e.getMessage();
        state.markFailed(c, plan, started, message);
        if (e instanceof MigrationException m) {
            throw m;
        }
        throw new MigrationException(MigrationException.Code.STEP_FAILED, message
                + (dialect.supportsTransactionalDdl() ? "\nThe migration was rolled back; nothing of it remains."
                        : "\nThe statements before it stay applied and journaled; the next start resumes at this statement."), e);
    }

    /** A statement the database refused, with where it was. */
    static final class StatementFailed extends RuntimeException {
        StatementFailed(MigrationPlan plan, int index, Planned p, SQLException cause) {
            super(plan.label() + " step " + p.step() + " (" + plan.steps().get(p.step()).op() + " "
                    + plan.steps().get(p.step()).tableName() + "), statement " + index + " failed: " + cause.getMessage()
                    + "\n  " + p.statement().sql(), cause);
        }
    }
}
