package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.MigrationLock;
import dev.enfyra.runtime.dialect.MigrationSql;
import dev.enfyra.runtime.dialect.Paging;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SchemaReader;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.dialect.TextSearch;
import dev.enfyra.runtime.dialect.ValueCodec;

/** H2 2.x, the embedded default (a file under ./data, or in memory for tests). */
public final class H2Dialect implements Dialect {

    private final SqlTypes types = new H2Types();
    private final Ddl ddl = new H2Ddl(Quoting.DOUBLE_QUOTES, types);
    private final TextSearch text = new H2TextSearch();
    private final Paging paging = new H2Paging();
    private final ValueCodec values = new H2Values();
    private final ErrorTranslator errors = new H2Errors();
    private final SchemaReader reader = new H2SchemaReader();
    private final MigrationSql migrationSql = new H2MigrationSql(Quoting.DOUBLE_QUOTES, types, ddl, reader);
    private final MigrationLock lock = new H2MigrationLock();

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public Quoting quoting() {
        return Quoting.DOUBLE_QUOTES;
    }

    @Override
    public SqlTypes types() {
        return types;
    }

    @Override
    public Ddl ddl() {
        return ddl;
    }

    @Override
    public TextSearch text() {
        return text;
    }

    @Override
    public Paging paging() {
        return paging;
    }

    @Override
    public ValueCodec values() {
        return values;
    }

    @Override
    public ErrorTranslator errors() {
        return errors;
    }

    @Override
    public MigrationSql migrationSql() {
        return migrationSql;
    }

    @Override
    public MigrationLock migrationLock() {
        return lock;
    }

    @Override
    public SchemaReader schemaReader() {
        return reader;
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
