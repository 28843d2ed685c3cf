package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.runtime.dialect.BaseMigrationSql;
import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.MigrationStatement;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SchemaReader;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import dev.enfyra.runtime.migrate.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MySQL and MariaDB commit around every DDL statement; each statement here is atomic on its own
 * (InnoDB's atomic DDL), and those that are not naturally repeatable say how to tell they ran.
 * InnoDB keeps an index for every foreign key: it makes one named after the constraint when the
 * key has none, leaves it behind when the key is dropped, and refuses to drop the last index a
 * key relies on. The steps that touch indexes and keys take care of all three.
 */
final class MySqlMigrationSql extends BaseMigrationSql {

    private final MySqlDialect.Flavor flavor;
    private final SchemaReader reader;

    MySqlMigrationSql(Quoting quoting, SqlTypes types, Ddl ddl, MySqlDialect.Flavor flavor, SchemaReader reader) {
        super(quoting, types, ddl);
        this.flavor = flavor;
        this.reader = reader;
    }

    @Override
    protected String renameTable(String from, String to) {
        return "RENAME TABLE " + q.quote(from) + " TO " + q.quote(to);
    }

    /**
     * One MODIFY with the whole new definition: type, default, NOT NULL and the column's CHECK
     * (MariaDB replaces a column's own CHECK with the column; MySQL keeps checks apart, so there
     * the old one is dropped first).
     */
    @Override
    protected List<MigrationStatement> alterColumn(Step.AlterColumn step, Table table) {
        List<MigrationStatement> out = new ArrayList<>();
        if (flavor == MySqlDialect.Flavor.MYSQL && checksChange(step)) {
            out.add(new MigrationStatement("ALTER TABLE " + q.quote(step.table()) + " DROP CHECK <each CHECK on "
                    + q.quote(step.from().name()) + ">", MigrationStatement.RERUN, c -> {
                        for (SchemaReader.Check check : reader.checks(c, step.table())) {
                            if (check.column().equals(step.from().name())) {
                                execute(c, "ALTER TABLE " + q.quote(step.table()) + " DROP CHECK " + q.quote(check.name()));
                            }
                        }
                    }));
        }
        boolean key = table.primaryKey().equals(List.of(step.to().name()));
        String definition = key
                ? types.primaryKeyDefinition(q.quote(step.to().name()), core(step.to(), true)).replaceFirst(" PRIMARY KEY$", "")
                : ddl.columnDefinition(core(step.to(), false));
        out.add(rerun("ALTER TABLE " + q.quote(step.table()) + " MODIFY COLUMN " + definition));
        return out;
    }

    /** When a foreign key relies on the index, an index of the key's own is made first (as InnoDB would have). */
    @Override
    protected List<MigrationStatement> dropIndex(Step.DropIndex step, Table table) {
        List<MigrationStatement> out = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            if (startsWith(step.index().columns(), fk.columns())) {
                String create = "CREATE INDEX " + q.quote(fk.name()) + " ON " + q.quote(step.table()) + " (" + quoted(fk.columns()) + ")";
                out.add(new MigrationStatement(create + " -- only when no other index serves foreign key " + fk.name(),
                        MigrationStatement.RERUN, c -> {
                            Map<String, List<String>> live = indexes(c, step.table());
                            live.remove(step.index().name());
                            if (live.values().stream().noneMatch(cols -> startsWith(cols, fk.columns()))) {
                                execute(c, create);
                            }
                        }));
            }
        }
        out.add(MigrationStatement.sql("DROP INDEX " + q.quote(step.index().name()) + " ON " + q.quote(step.table()),
                (c, r) -> !indexes(c, step.table()).containsKey(step.index().name())));
        return out;
    }

    /** Then the index InnoDB made for the key, unless the schema declares an index of that name. */
    @Override
    protected List<MigrationStatement> dropForeignKey(Step.DropForeignKey step, Table table) {
        String name = step.foreignKey().name();
        String dropIndex = "DROP INDEX " + q.quote(name) + " ON " + q.quote(step.table());
        List<MigrationStatement> out = new ArrayList<>();
        out.add(MigrationStatement.sql("ALTER TABLE " + q.quote(step.table()) + " DROP FOREIGN KEY " + q.quote(name),
                MigrationStatement.foreignKeyMissing(step.table(), name)));
        if (table.index(name).isEmpty()) {
            out.add(new MigrationStatement(dropIndex + " -- when InnoDB made it for the key", MigrationStatement.RERUN, c -> {
                if (indexes(c, step.table()).containsKey(name)) {
                    execute(c, dropIndex);
                }
            }));
        }
        return out;
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    /** Every index of the table, the implicit ones included, with its columns in order. */
    private static Map<String, List<String>> indexes(Connection c, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> found = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, table, false, false)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME")) && rs.getString("INDEX_NAME") != null) {
                    found.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeMap<>())
                            .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        found.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
        return out;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
