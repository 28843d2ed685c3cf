package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.ConcernDialect;
import dev.enfyra.runtime.dialect.Concerns;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SqlTypes;

/** PostgreSQL 13+ (a UTF8 database). */
public final class PostgresDialect extends ConcernDialect {

    public PostgresDialect() {
        super(concerns());
    }

    private static Concerns concerns() {
        SqlTypes types = new PostgresTypes();
        Ddl ddl = new PostgresDdl(Quoting.DOUBLE_QUOTES, types);
        return new Concerns(Quoting.DOUBLE_QUOTES, types, ddl, new PostgresTextSearch(), new PostgresPaging(),
                new PostgresValues(), new PostgresErrors(), new PostgresSchemaReader(),
                new PostgresMigrationSql(Quoting.DOUBLE_QUOTES, types, ddl), new PostgresMigrationLock());
    }

    @Override
    public String name() {
        return "postgresql";
    }











    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsInsertReturning() {
        return true;
    }
}
