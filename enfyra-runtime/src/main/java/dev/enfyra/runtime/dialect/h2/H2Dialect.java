package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.ConcernDialect;
import dev.enfyra.runtime.dialect.Concerns;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SchemaReader;
import dev.enfyra.runtime.dialect.SqlTypes;

/** H2 2.x, the embedded default (a file under ./data, or in memory for tests). */
public final class H2Dialect extends ConcernDialect {

    public H2Dialect() {
        super(concerns());
    }

    private static Concerns concerns() {
        SqlTypes types = new H2Types();
        Ddl ddl = new H2Ddl(Quoting.DOUBLE_QUOTES, types);
        SchemaReader reader = new H2SchemaReader();
        return new Concerns(Quoting.DOUBLE_QUOTES, types, ddl, new H2TextSearch(), new H2Paging(), new H2Values(),
                new H2Errors(), reader, new H2MigrationSql(Quoting.DOUBLE_QUOTES, types, ddl, reader), new H2MigrationLock());
    }

    @Override
    public String name() {
        return "h2";
    }











    /**
     * No: H2 commits the open transaction before CREATE, ALTER and DROP (its grammar says so for
     * each; measured: a table created in a rolled-back transaction is still there).
     */
    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsInsertReturning() {
        return false;
    }
}
