package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseMigrationSql;
import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.MigrationStatement;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SchemaReader;
import dev.enfyra.runtime.dialect.SqlLiterals;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.migrate.PhysicalSchema;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import dev.enfyra.runtime.migrate.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * H2 commits before each DDL statement, so a column change is several statements, each safe
 * to run again after a crash. An enum's CHECK has a name H2 chose; it is looked up in
 * INFORMATION_SCHEMA when the values change.
 */
final class H2MigrationSql extends BaseMigrationSql {

    private final SchemaReader reader;

    H2MigrationSql(Quoting quoting, SqlTypes types, Ddl ddl, SchemaReader reader) {
        super(quoting, types, ddl);
        this.reader = reader;
    }

    @Override
    protected List<MigrationStatement> alterColumn(Step.AlterColumn step, Table table) {
        String alter = "ALTER TABLE " + q.quote(step.table()) + " ALTER COLUMN " + q.quote(step.to().name());
        var from = core(step.from(), false);
        var to = core(step.to(), false);
        boolean checks = checksChange(step);
        boolean type = typeChanges(step);
        boolean defaults = defaultChanges(step) || type && ddl.defaultSql(from) != null;
        List<MigrationStatement> out = new ArrayList<>();
        if (checks) {
            out.add(replaceChecks(step.table(), step.to().name(), null));
        }
        if (defaults && ddl.defaultSql(from) != null) {
            out.add(rerun(alter + " DROP DEFAULT"));
        }
        if (type) {
            out.add(rerun(alter + " SET DATA TYPE " + types.columnType(to)));
        }
        if (defaults && ddl.defaultSql(to) != null) {
            out.add(rerun(alter + " SET DEFAULT " + ddl.defaultSql(to)));
        }
        if (step.from().nullable() != step.to().nullable()) {
            out.add(rerun(alter + (step.to().nullable() ? " DROP NOT NULL" : " SET NOT NULL")));
        }
        if (checks && step.to().type() == DataType.ENUM) {
            out.add(replaceChecks(step.table(), step.to().name(), SqlLiterals.enumCheck(q.quote(step.to().name()), to).trim()));
        }
        return out;
    }

    /**
     * H2 lets a foreign key use an index created before it, and then refuses to drop that index.
     * Such a key is dropped first and added back after (H2 then makes an index of its own); keys
     * with their own index are left alone.
     */
    @Override
    protected List<MigrationStatement> dropIndex(Step.DropIndex step, Table table) {
        List<PhysicalSchema.ForeignKey> keys = table.foreignKeys().stream()
                .filter(fk -> step.index().columns().size() >= fk.columns().size()
                        && step.index().columns().subList(0, fk.columns().size()).equals(fk.columns())).toList();
        List<MigrationStatement> out = new ArrayList<>();
        for (PhysicalSchema.ForeignKey fk : keys) {
            String drop = "ALTER TABLE " + q.quote(step.table()) + " DROP CONSTRAINT " + q.quote(fk.name());
            out.add(new MigrationStatement(drop + " -- only when it uses index " + step.index().name(), MigrationStatement.RERUN,
                    c -> {
                        if (step.index().name().equals(indexOf(c, fk.name()))) {
                            execute(c, drop);
                        }
                    }));
        }
        out.addAll(super.dropIndex(step, table));
        for (PhysicalSchema.ForeignKey fk : keys) {
            String add = addForeignKey(step.table(), fk);
            out.add(new MigrationStatement(add + " -- when it was dropped above", MigrationStatement.RERUN, c -> {
                if (indexOf(c, fk.name()) == null) {
                    execute(c, add);
                }
            }));
        }
        return out;
    }

    /** The index a constraint uses, or null when there is no such constraint. */
    private static String indexOf(Connection c, String constraint) throws SQLException {
        try (var s = c.prepareStatement("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA AND CONSTRAINT_NAME = ?")) {
            s.setString(1, constraint);
            try (var rs = s.executeQuery()) {
                return rs.next() ? java.util.Objects.toString(rs.getString(1), "") : null;
            }
        }
    }

    /**
     * Drops the column's CHECK constraints, then adds {@code check} when given: one statement
     * that can run again, whatever a crash left.
     */
    private MigrationStatement replaceChecks(String table, String column, String check) {
        String drop = "ALTER TABLE " + q.quote(table) + " DROP CONSTRAINT <each CHECK on " + q.quote(column)
                + ", found in INFORMATION_SCHEMA>";
        String add = check == null ? null : "ALTER TABLE " + q.quote(table) + " ADD " + check;
        return new MigrationStatement(add == null ? drop : drop + ";\n" + add, MigrationStatement.RERUN, c -> {
            for (SchemaReader.Check existing : reader.checks(c, table)) {
                if (existing.column().equals(column)) {
                    execute(c, "ALTER TABLE " + q.quote(table) + " DROP CONSTRAINT " + q.quote(existing.name()));
                }
            }
            if (add != null) {
                execute(c, add);
            }
        });
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
