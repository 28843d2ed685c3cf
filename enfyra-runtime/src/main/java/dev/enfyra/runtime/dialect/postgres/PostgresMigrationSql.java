package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseMigrationSql;
import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.MigrationStatement;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SqlLiterals;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import dev.enfyra.runtime.migrate.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL runs a whole migration in one transaction, so a column change is the plain
 * sequence of ALTER COLUMN clauses. An enum's CHECK has the name PostgreSQL chose (and keeps
 * across renames), so it is dropped by a DO block that finds it in the catalog.
 */
final class PostgresMigrationSql extends BaseMigrationSql {

    PostgresMigrationSql(Quoting quoting, SqlTypes types, Ddl ddl) {
        super(quoting, types, ddl);
    }

    @Override
    protected List<MigrationStatement> alterColumn(Step.AlterColumn step, Table table) {
        String alter = "ALTER TABLE " + q.quote(step.table()) + " ALTER COLUMN " + q.quote(step.to().name());
        var from = core(step.from(), false);
        var to = core(step.to(), false);
        boolean checks = checksChange(step);
        boolean type = typeChanges(step);
        // A default is dropped before the type changes: PostgreSQL will not cast it along.
        boolean defaults = defaultChanges(step) || type && ddl.defaultSql(from) != null;
        List<MigrationStatement> out = new ArrayList<>();
        if (checks && step.from().type() == DataType.ENUM) {
            out.add(rerun(dropChecks(step.table(), step.from().name())));
        }
        if (defaults && ddl.defaultSql(from) != null) {
            out.add(rerun(alter + " DROP DEFAULT"));
        }
        if (type) {
            String target = types.columnType(to);
            String bare = target.replaceAll(" COLLATE .*$", "");
            out.add(rerun(alter + " TYPE " + target + " USING " + q.quote(step.to().name()) + "::" + bare));
        }
        if (defaults && ddl.defaultSql(to) != null) {
            out.add(rerun(alter + " SET DEFAULT " + ddl.defaultSql(to)));
        }
        if (step.from().nullable() != step.to().nullable()) {
            out.add(rerun(alter + (step.to().nullable() ? " DROP NOT NULL" : " SET NOT NULL")));
        }
        if (checks && step.to().type() == DataType.ENUM) {
            out.add(rerun("ALTER TABLE " + q.quote(step.table()) + " ADD" + SqlLiterals.enumCheck(q.quote(step.to().name()), to)));
        }
        return out;
    }

    /** Drops every one-column CHECK on the column, whatever its name. */
    private static String dropChecks(String table, String column) {
        return "DO $$DECLARE r record; BEGIN FOR r IN SELECT k.conname FROM pg_constraint k"
                + " JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1]"
                + " WHERE k.contype = 'c' AND cardinality(k.conkey) = 1 AND n.nspname = current_schema()"
                + " AND t.relname = " + SqlLiterals.string(table) + " AND a.attname = " + SqlLiterals.string(column)
                + " LOOP EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', " + SqlLiterals.string(table)
                + ", r.conname); END LOOP; END$$";
    }
}
