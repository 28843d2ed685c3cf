package dev.enfyra.runtime.migrate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings a database to the application's recorded history (docs/migrator.md). One entry point
 * per use: {@link #startup} as the mode says, {@link #status}, {@link #dryRun}, {@link #apply}
 * with the confirm hash, and {@link #migrate} for all that is pending. Every change happens
 * under the database lock, after the embedded plans and the applied checksums were checked.
 */
public final class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());

    private final Database db;
    private final Dialect dialect;
    private final List<RecordedMigration> recorded;
    private final MigrationSettings settings;
    private final MigrationState state;
    private final MigrationRunner runner;
    private final DataMigrations data;

    public Migrator(Database db, List<RecordedMigration> recorded, Schema schema, ClassLoader loader, MigrationSettings settings) {
        this.db = db;
        this.dialect = db.dialect();
        this.recorded = List.copyOf(recorded);
        this.settings = settings;
        this.state = new MigrationState(dialect);
        this.runner = new MigrationRunner(dialect, state);
        this.data = new DataMigrations(db, schema, loader, state);
    }

    /** What the mode says to do at startup: apply, refuse while anything is pending, or nothing. */
    public void startup() {
        switch (settings.mode()) {
            case OFF -> LOG.info(() -> "enfyra.migrations.mode=off: " + recorded.size() + " recorded migrations, not checked");
            case VALIDATE -> validate();
            case AUTO -> {
                MigrationReport.Result result = migrate();
                LOG.info(() -> result.applied().isEmpty() && result.data().isEmpty() ? "database is up to date ("
                        + recorded.size() + " migrations)" : "applied " + result.applied().size() + " migrations"
                        + (result.data().isEmpty() ? "" : " and " + String.join(", ", result.data())));
            }
        }
    }

    /** Refuses ({@link MigrationException.Code#PENDING}) unless the database is exactly at the history's end. */
    public void validate() {
        MigrationReport.Status status = status();
        if (!status.problems().isEmpty()) {
            throw new MigrationException(codeOf(status.problems()), "refusing to start:\n" + String.join("\n", status.problems()));
        }
        if (!status.pending().isEmpty() || !status.dataPending().isEmpty()) {
            List<String> names = new ArrayList<>(status.pending().stream().map(p -> String.format("%04d_%s", p.version(), p.name())).toList());
            names.addAll(status.dataPending());
            throw new MigrationException(MigrationException.Code.PENDING, "enfyra.migrations.mode=validate and the database is not"
                    + " up to date; pending: " + String.join(", ", names) + ". Apply them (mode auto, or POST /admin/migrations/apply)"
                    + " and start again.");
        }
    }

    /** Applies everything pending, under the lock. */
    public MigrationReport.Result migrate() {
        return locked(null);
    }

    /**
     * Applies everything pending when {@code confirmHash} is the {@link MigrationReport.Status#requiredConfirmHash}
     * of what is pending now; otherwise {@link MigrationException.Code#CONFIRM_HASH_MISMATCH}.
     */
    public MigrationReport.Result apply(String confirmHash) {
        return locked(confirmHash);
    }

    private MigrationReport.Result locked(String confirmHash) {
        if (db.dataSource() instanceof com.zaxxer.hikari.HikariDataSource pool && pool.getMaximumPoolSize() < 2) {
            // One connection holds the lock and does nothing else; another does the work.
            throw new MigrationException(MigrationException.Code.STEP_FAILED, "migrating needs two connections, but"
                    + " enfyra.db.poolSize (ENFYRA_DB_POOL_SIZE) is " + pool.getMaximumPoolSize() + ": set it to 2 or more");
        }
        if (confirmHash == null && upToDate()) {
            return new MigrationReport.Result(List.of(), List.of());
        }
        try (Connection work = db.dataSource().getConnection();
                MigrationLocking lock = MigrationLocking.acquire(db, state, settings.lockTimeout(), work)) {
            setup(work);
            List<MigrationState.Row> rows = state.rows(work);
            List<MigrationPlan> plans = PlanReader.read(recorded, byVersion(rows));
            List<String> problems = check(plans, rows);
            if (!problems.isEmpty()) {
                repairOrRefuse(work, plans, rows, problems);
                rows = state.rows(work);
            }
            List<MigrationPlan> pending = pending(plans, rows);
            if (confirmHash != null && !confirmHash.equals(requiredConfirmHash(pending))) {
                throw new MigrationException(MigrationException.Code.CONFIRM_HASH_MISMATCH, "the confirm hash " + confirmHash
                        + " is not the one of what is pending now (" + requiredConfirmHash(pending) + "): preview again, then apply");
            }
            if (rows.isEmpty() && !pending.isEmpty()) {
                data.owedOnInstall(work);
            }
            Map<Integer, MigrationState.Row> byVersion = byVersion(rows);
            for (MigrationPlan plan : pending) {
                runner.apply(work, plan, before(plans, plan), byVersion.get(plan.version()));
            }
            List<String> dataDone = data.pending(work);
            data.apply(work);
            List<Integer> versions = pending.stream().map(MigrationPlan::version).toList();
            return new MigrationReport.Result(state.rows(work).stream().filter(r -> versions.contains(r.version()))
                    .map(Migrator::applied).toList(), dataDone);
        } catch (SQLException e) {
            throw new MigrationException(MigrationException.Code.STEP_FAILED, "the database failed while migrating: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the database is already at the end of the history, asked without taking the lock
     * or writing anything: every recorded migration applied with the checksum and text digest it
     * has here, the data files applied, the setup in place. The state only moves forward, so
     * what this reads stays true; anything else (something pending, a problem, no state tables
     * yet, a failure reading them) is decided, and reported, under the lock.
     */
    private boolean upToDate() {
        try (Connection c = db.dataSource().getConnection()) {
            // No state table yet fails here (asking the catalog first costs more than it saves).
            List<MigrationState.Row> rows = state.rows(c);
            List<MigrationPlan> plans = PlanReader.read(recorded, byVersion(rows));
            if (!pending(plans, rows).isEmpty() || !check(plans, rows).isEmpty() || !data.pending(c).isEmpty()) {
                return false;
            }
            setup(c);
            return true;
        } catch (SQLException | PlanException e) {
            return false;
        }
    }

    /** The database's setup statements (functions text search needs), which are idempotent. */
    private void setup(Connection c) throws SQLException {
        dialect.ddl().ensureSetup(c);
    }

    /** Status, without changing anything and without the lock. */
    public MigrationReport.Status status() {
        return report(false);
    }

    /** Status with the SQL of each pending step. */
    public MigrationReport.Status dryRun() {
        return report(true);
    }

    private MigrationReport.Status report(boolean withSql) {
        try (Connection c = db.dataSource().getConnection()) {
            boolean exists = state.exists(c);
            List<MigrationState.Row> rows = exists ? state.rows(c) : List.of();
            List<MigrationPlan> plans;
            try {
                plans = PlanReader.read(recorded, byVersion(rows));
            } catch (PlanException e) {
                return new MigrationReport.Status(dialect.name(), mode(), List.of(), List.of(), List.of(), e.problems(), null);
            }
            List<MigrationPlan> pending = pending(plans, rows);
            Map<Integer, MigrationState.Row> byVersion = byVersion(rows);
            List<MigrationReport.Pending> out = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                MigrationPlan plan = pending.get(i);
                MigrationState.Row row = byVersion.get(plan.version());
                out.add(new MigrationReport.Pending(plan.version(), plan.name(), plan.checksum(), plan.confirmHash(),
                        row == null ? "pending" : row.status(), steps(c, plan, before(plans, plan), withSql, i == 0)));
            }
            List<String> dataPending = exists ? data.pending(c) : List.of();
            return new MigrationReport.Status(dialect.name(), mode(), rows.stream().map(Migrator::applied).toList(), out,
                    dataPending, check(plans, rows), pending.isEmpty() ? null : requiredConfirmHash(pending));
        } catch (SQLException e) {
            throw new MigrationException(MigrationException.Code.STEP_FAILED, "cannot read the migration state: " + e.getMessage(), e);
        }
    }

    /** Steps of a pending plan; rows at stake are counted for the first one, whose tables are as they are now. */
    private List<MigrationReport.PendingStep> steps(Connection c, MigrationPlan plan, PhysicalSchema before, boolean withSql,
            boolean countable) {
        List<MigrationRunner.Planned> statements = withSql ? runner.render(plan, before) : List.of();
        List<MigrationReport.PendingStep> out = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            MigrationPlan.Destructive d = plan.destructiveAt(i);
            RowsAtStake.Count count = d != null && countable ? count(c, plan, i) : null;
            int index = i;
            out.add(new MigrationReport.PendingStep(i, step.op(), step.tableName(), d == null ? null : d.code(),
                    d == null ? null : d.reason(), count == null ? null : count.rows(), count == null ? null : count.what(),
                    statements.stream().filter(s -> s.step() == index).map(s -> s.statement().sql()).toList()));
        }
        return out;
    }

    /** Counted only when no earlier step of the plan renamed or created the step's table. */
    private RowsAtStake.Count count(Connection c, MigrationPlan plan, int index) {
        Step step = plan.steps().get(index);
        boolean untouched = Safety.startName(plan.steps().subList(0, index), step.tableName()).map(step.tableName()::equals).orElse(false);
        if (!untouched) {
            return null;
        }
        try {
            return RowsAtStake.count(c, dialect.quoting(), step);
        } catch (SQLException e) {
            return null;
        }
    }

    /** The live physical schema, the migrator's own tables left out. */
    public PhysicalSchema introspect() {
        try (Connection c = db.dataSource().getConnection()) {
            return dialect.schemaReader().read(c);
        } catch (SQLException e) {
            throw new MigrationException(MigrationException.Code.STEP_FAILED, "cannot read the live schema: " + e.getMessage(), e);
        }
    }

    /** Applied rows that do not belong to the history, edited applied migrations, gaps: what forbids going on. */
    private static List<String> check(List<MigrationPlan> plans, List<MigrationState.Row> rows) {
        Map<Integer, MigrationPlan> byVersion = new LinkedHashMap<>();
        plans.forEach(p -> byVersion.put(p.version(), p));
        List<String> problems = new ArrayList<>();
        int lastApplied = rows.stream().filter(r -> MigrationState.APPLIED.equals(r.status())).mapToInt(MigrationState.Row::version)
                .max().orElse(0);
        for (MigrationState.Row row : rows) {
            MigrationPlan plan = byVersion.get(row.version());
            if (plan == null) {
                problems.add(String.format("%s migration %04d_%s is recorded in the database (%s), but this application does not have"
                        + " it: the database was migrated by a newer build. Deploy that build (or newer), or restore the database"
                        + " from a backup taken before it.", MigrationException.Code.UNKNOWN_APPLIED.id(), row.version(), row.name(),
                        row.status()));
            } else if (MigrationState.APPLIED.equals(row.status()) && !plan.checksum().equals(row.checksum())) {
                problems.add(checksumMessage(plan, row));
            }
        }
        for (MigrationPlan plan : plans) {
            boolean applied = rows.stream().anyMatch(r -> r.version() == plan.version() && MigrationState.APPLIED.equals(r.status()));
            if (!applied && plan.version() < lastApplied) {
                problems.add(String.format("%s migration %s is not applied, but a later one (%04d) is: migrations apply in order."
                        + " It was recorded after a later migration reached this database; record its change again as a new"
                        + " migration after %04d.", MigrationException.Code.PLAN_INVALID.id(), plan.label(), lastApplied, lastApplied));
            }
        }
        return problems;
    }

    static String checksumMessage(MigrationPlan plan, MigrationState.Row row) {
        return String.format("%s migration %s was applied with checksum %s, but the application's copy of it now has checksum"
                + " %s: an applied migration was edited. To repair: (1) restore src/main/enfyra/migrations/%s.json as it was"
                + " when it was applied (e.g. git checkout <commit> -- that file), rebuild and start again; record any further"
                + " change as a new migration. Or (2), if the database already has what the edited file says (the edit changed"
                + " only the record, not the schema), accept the new checksum once: start with enfyra.migrations.repair=%d"
                + " (ENFYRA_MIGRATIONS_REPAIR=%d); the migrator records it only if the live schema matches the history.",
                MigrationException.Code.CHECKSUM_MISMATCH.id(), plan.label(), row.checksum(), plan.checksum(), plan.label(),
                plan.version(), plan.version());
    }

    /**
     * Checksum mismatches of versions listed in {@code enfyra.migrations.repair} are accepted when
     * the live schema is the one the last applied migration records; anything else refuses.
     */
    private void repairOrRefuse(Connection c, List<MigrationPlan> plans, List<MigrationState.Row> rows, List<String> problems)
            throws SQLException {
        List<MigrationPlan> repairable = new ArrayList<>();
        for (MigrationState.Row row : rows) {
            plans.stream().filter(p -> p.version() == row.version() && settings.repair().contains(p.version())
                    && MigrationState.APPLIED.equals(row.status()) && !p.checksum().equals(row.checksum())).forEach(repairable::add);
        }
        if (repairable.size() != problems.size()) {
            throw new MigrationException(codeOf(problems), "refusing to start:\n" + String.join("\n", problems));
        }
        int last = rows.stream().filter(r -> MigrationState.APPLIED.equals(r.status())).mapToInt(MigrationState.Row::version).max().orElseThrow();
        MigrationPlan lastPlan = plans.stream().filter(p -> p.version() == last).findFirst().orElseThrow();
        List<String> drift = SchemaDiff.compare(lastPlan.schema(), dialect.schemaReader().read(c), dialect.schemaReader());
        if (!drift.isEmpty()) {
            throw new MigrationException(MigrationException.Code.DRIFT, "enfyra.migrations.repair cannot accept the edited migrations "
                    + repairable.stream().map(MigrationPlan::label).toList() + ": the live schema is not the one the history records"
                    + " after " + lastPlan.label() + ":\n  " + String.join("\n  ", drift) + "\nRestore the edited files instead.");
        }
        for (MigrationPlan plan : repairable) {
            state.replaceChecksum(c, plan.version(), plan.checksum());
            LOG.warning(() -> "enfyra.migrations.repair: recorded the edited " + plan.label() + " (checksum " + plan.checksum() + ")");
        }
    }

    /** The code of the first problem (each starts with its code). */
    private static MigrationException.Code codeOf(List<String> problems) {
        for (MigrationException.Code code : MigrationException.Code.values()) {
            if (problems.get(0).startsWith(code.id())) {
                return code;
            }
        }
        return MigrationException.Code.PLAN_INVALID;
    }

    /** Plans without an applied row, in order (an interrupted or failed one included). */
    private static List<MigrationPlan> pending(List<MigrationPlan> plans, List<MigrationState.Row> rows) {
        return plans.stream().filter(p -> rows.stream().noneMatch(r -> r.version() == p.version()
                && MigrationState.APPLIED.equals(r.status()))).toList();
    }

    /** The schema a plan starts from: the one before it records, or none. */
    private static PhysicalSchema before(List<MigrationPlan> plans, MigrationPlan plan) {
        PhysicalSchema before = PhysicalSchema.EMPTY;
        for (MigrationPlan p : plans) {
            if (p.version() == plan.version()) {
                return before;
            }
            before = p.schema();
        }
        throw new IllegalArgumentException("not in the history: " + plan.label());
    }

    /** SHA-256 of what is pending: versions, checksums and confirm hashes, so an apply applies exactly what was previewed. */
    static String requiredConfirmHash(List<MigrationPlan> pending) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("pending");
        for (MigrationPlan p : pending) {
            ObjectNode entry = list.addObject().put("version", p.version()).put("checksum", p.checksum());
            if (p.confirmHash() != null) {
                entry.put("confirmHash", p.confirmHash());
            }
        }
        return CanonicalJson.hash(root);
    }

    private static Map<Integer, MigrationState.Row> byVersion(List<MigrationState.Row> rows) {
        Map<Integer, MigrationState.Row> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.version(), r));
        return out;
    }

    private static MigrationReport.Applied applied(MigrationState.Row r) {
        return new MigrationReport.Applied(r.version(), r.name(), r.status(), r.checksum(), r.confirmHash(), r.startedAt(),
                r.finishedAt(), r.durationMs(), r.error());
    }

    private String mode() {
        return settings.mode().name().toLowerCase(java.util.Locale.ROOT);
    }
}
