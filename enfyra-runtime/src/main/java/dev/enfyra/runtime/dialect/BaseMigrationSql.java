package dev.enfyra.runtime.dialect;

import static dev.enfyra.runtime.dialect.MigrationStatement.RERUN;
import static dev.enfyra.runtime.dialect.MigrationStatement.sql;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.migrate.PhysicalSchema;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Index;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import dev.enfyra.runtime.migrate.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The statements every supported database accepts, written with the dialect's own {@link Ddl}
 * and {@link SqlTypes} (a physical column names its Enfyra type, so types, defaults and enum
 * checks come out exactly as on a database the bootstrap created). Dialects write the steps
 * where the databases differ: changing a column, and dropping indexes and foreign keys.
 */
public abstract class BaseMigrationSql implements MigrationSql {

    protected final Quoting q;
    protected final SqlTypes types;
    protected final Ddl ddl;

    protected BaseMigrationSql(Quoting quoting, SqlTypes types, Ddl ddl) {
        this.q = quoting;
        this.types = types;
        this.ddl = ddl;
    }

    @Override
    public List<MigrationStatement> statements(Step step, PhysicalSchema before) {
        return switch (step) {
            case Step.CreateTable s -> List.of(sql(createTable(s.table()), MigrationStatement.tableExists(s.table().name())));
            case Step.DropTable s -> List.of(sql("DROP TABLE " + q.quote(s.table().name()),
                    MigrationStatement.tableMissing(s.table().name())));
            case Step.RenameTable s -> List.of(sql(renameTable(s.from(), s.to()), MigrationStatement.tableRenamed(s.from(), s.to())));
            case Step.AddColumn s -> List.of(sql("ALTER TABLE " + q.quote(s.table()) + " ADD COLUMN "
                    + ddl.columnDefinition(core(s.column(), false)), MigrationStatement.columnExists(s.table(), s.column().name())));
            case Step.DropColumn s -> List.of(sql("ALTER TABLE " + q.quote(s.table()) + " DROP COLUMN " + q.quote(s.column().name()),
                    MigrationStatement.columnMissing(s.table(), s.column().name())));
            case Step.RenameColumn s -> List.of(sql("ALTER TABLE " + q.quote(s.table()) + " RENAME COLUMN " + q.quote(s.from())
                    + " TO " + q.quote(s.to()), MigrationStatement.columnRenamed(s.table(), s.from(), s.to())));
            case Step.AlterColumn s -> alterColumn(s, before.requireTable(s.table()));
            case Step.AddIndex s -> List.of(sql(createIndex(s.table(), s.index()), MigrationStatement.indexExists(s.table(), s.index().name())));
            case Step.DropIndex s -> dropIndex(s, before.requireTable(s.table()));
            case Step.AddForeignKey s -> List.of(sql(addForeignKey(s.table(), s.foreignKey()),
                    MigrationStatement.foreignKeyExists(s.table(), s.foreignKey().name())));
            case Step.DropForeignKey s -> dropForeignKey(s, before.requireTable(s.table()));
        };
    }

    /** The statements that change a column from {@code step.from()} to {@code step.to()} in {@code table}. */
    protected abstract List<MigrationStatement> alterColumn(Step.AlterColumn step, Table table);

    protected List<MigrationStatement> dropIndex(Step.DropIndex step, Table table) {
        return List.of(sql("DROP INDEX " + q.quote(step.index().name()), MigrationStatement.indexMissing(step.table(), step.index().name())));
    }

    protected List<MigrationStatement> dropForeignKey(Step.DropForeignKey step, Table table) {
        return List.of(sql("ALTER TABLE " + q.quote(step.table()) + " DROP CONSTRAINT " + q.quote(step.foreignKey().name()),
                MigrationStatement.foreignKeyMissing(step.table(), step.foreignKey().name())));
    }

    protected String renameTable(String from, String to) {
        return "ALTER TABLE " + q.quote(from) + " RENAME TO " + q.quote(to);
    }

    /** Columns with their types, defaults and checks; a one-column key inline, as the bootstrap writes it. */
    protected String createTable(Table table) {
        List<String> parts = new ArrayList<>();
        boolean single = table.primaryKey().size() == 1;
        for (PhysicalSchema.Column column : table.columns()) {
            boolean key = single && table.primaryKey().get(0).equals(column.name());
            parts.add(key ? types.primaryKeyDefinition(q.quote(column.name()), core(column, true))
                    : ddl.columnDefinition(core(column, false)));
        }
        if (table.primaryKey().size() > 1) {
            parts.add("PRIMARY KEY (" + quoted(table.primaryKey()) + ")");
        }
        return "CREATE TABLE " + q.quote(table.name()) + " (\n  " + String.join(",\n  ", parts) + "\n)" + ddl.tableOptions();
    }

    protected String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q.quote(index.name()) + " ON " + q.quote(table)
                + " (" + quoted(index.columns()) + ")";
    }

    protected String addForeignKey(String table, ForeignKey fk) {
        return "ALTER TABLE " + q.quote(table) + " ADD CONSTRAINT " + q.quote(fk.name()) + " FOREIGN KEY (" + quoted(fk.columns())
                + ") REFERENCES " + q.quote(fk.targetTable()) + " (" + quoted(fk.targetColumns()) + ") ON DELETE " + fk.onDelete();
    }

    protected String quoted(List<String> names) {
        return names.stream().map(q::quote).collect(Collectors.joining(", "));
    }

    /** Whether the column's CHECK (its enum values) changes: it is or becomes an enum, with other values. */
    protected static boolean checksChange(Step.AlterColumn step) {
        boolean fromEnum = step.from().type() == DataType.ENUM;
        boolean toEnum = step.to().type() == DataType.ENUM;
        return (fromEnum || toEnum) && (fromEnum != toEnum || !step.from().values().equals(step.to().values()));
    }

    protected boolean typeChanges(Step.AlterColumn step) {
        return !types.columnType(core(step.from(), false)).equals(types.columnType(core(step.to(), false)));
    }

    protected boolean defaultChanges(Step.AlterColumn step) {
        return !Objects.equals(ddl.defaultSql(core(step.from(), false)), ddl.defaultSql(core(step.to(), false)));
    }

    /** The runtime's column descriptor of a physical column, which the dialect's types and DDL take. */
    public static Column core(PhysicalSchema.Column c, boolean primary) {
        // array-select without values and simple-json are the same column in every database.
        DataType type = c.type() == DataType.ARRAY_SELECT && c.values().isEmpty() ? DataType.SIMPLE_JSON : c.type();
        Column.Builder b = Column.builder(c.name(), type).primary(primary).generated(c.generated()).nullable(!primary && c.nullable())
                .length(c.length()).defaultNow(c.defaultNow()).defaultValue(c.defaultValue());
        if (c.precision() != null) {
            b.precision(c.precision(), c.scale() == null ? 0 : c.scale());
        }
        if (type == DataType.ENUM || type == DataType.ARRAY_SELECT) {
            b.enumValues(c.values());
        }
        return b.build();
    }

    @Override
    public List<String> createStateTables() {
        String integer = types.referenceType(DataType.INT);
        String bigint = types.columnType(Column.builder("n", DataType.BIGINT).build());
        String time = types.columnType(Column.builder("t", DataType.DATETIME).build());
        String text = types.columnType(Column.builder("t", DataType.TEXT).build());
        String hash = "CHAR(64)";
        return List.of(
                createIfAbsent("enfyra_migrations", q.quote("version") + " " + integer + " PRIMARY KEY",
                        q.quote("name") + " " + varchar(255) + " NOT NULL", q.quote("checksum") + " " + hash + " NOT NULL",
                        q.quote("confirm_hash") + " " + hash, q.quote("started_at") + " " + time + " NOT NULL",
                        q.quote("finished_at") + " " + time, q.quote("duration_ms") + " " + bigint,
                        q.quote("status") + " " + varchar(16) + " NOT NULL", q.quote("error") + " " + text,
                        q.quote("plan_digest") + " " + hash),
                createIfAbsent("enfyra_migration_journal", q.quote("version") + " " + integer + " NOT NULL",
                        q.quote("statement_index") + " " + integer + " NOT NULL", q.quote("sql_hash") + " " + hash + " NOT NULL",
                        q.quote("applied_at") + " " + time + " NOT NULL",
                        "PRIMARY KEY (" + q.quote("version") + ", " + q.quote("statement_index") + ")"),
                createIfAbsent("enfyra_migration_lock", q.quote("name") + " " + varchar(32) + " PRIMARY KEY",
                        q.quote("holder") + " " + varchar(255), q.quote("host") + " " + varchar(255), q.quote("pid") + " " + bigint,
                        q.quote("since") + " " + time),
                createIfAbsent("enfyra_migration_data", q.quote("name") + " " + varchar(64) + " PRIMARY KEY",
                        q.quote("checksum") + " " + hash + " NOT NULL", q.quote("applied_at") + " " + time + " NOT NULL"));
    }

    private String varchar(int length) {
        return types.columnType(Column.builder("v", DataType.VARCHAR).length(length).build());
    }

    private String createIfAbsent(String table, String... columns) {
        return "CREATE TABLE IF NOT EXISTS " + q.quote(table) + " (\n  " + String.join(",\n  ", columns) + "\n)" + ddl.tableOptions();
    }

    /** A statement that runs again harmlessly. */
    protected static MigrationStatement rerun(String sql) {
        return MigrationStatement.sql(sql, RERUN);
    }
}
