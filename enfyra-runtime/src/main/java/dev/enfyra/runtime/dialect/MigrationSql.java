package dev.enfyra.runtime.dialect;

import dev.enfyra.runtime.migrate.PhysicalSchema;
import dev.enfyra.runtime.migrate.Step;
import java.util.List;

/** The statements that carry out each step of a plan, and the migrator's own tables, on one database. */
public interface MigrationSql {

    /**
     * The statements of {@code step}, in order; {@code before} is the schema as the step finds
     * it (the plan's starting schema with the steps before this one replayed). Statements are
     * written so that each is atomic on its own.
     */
    List<MigrationStatement> statements(Step step, PhysicalSchema before);

    /**
     * {@code CREATE TABLE IF NOT EXISTS} for the state table {@code enfyra_migrations}, the journal
     * {@code enfyra_migration_journal}, the lock holder table {@code enfyra_migration_lock} and the
     * data state table {@code enfyra_migration_data} (docs/migrator.md).
     */
    List<String> createStateTables();
}
