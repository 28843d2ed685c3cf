package dev.enfyra.runtime.dialect.postgres;

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

/** PostgreSQL 13+ (a UTF8 database). */
public final class PostgresDialect implements Dialect {

    private final SqlTypes types = new PostgresTypes();
    private final Ddl ddl = new PostgresDdl(Quoting.DOUBLE_QUOTES, types);
    private final TextSearch text = new PostgresTextSearch();
    private final Paging paging = new PostgresPaging();
    private final ValueCodec values = new PostgresValues();
    private final ErrorTranslator errors = new PostgresErrors();
    private final SchemaReader reader = new PostgresSchemaReader();
    private final MigrationSql migrationSql = new PostgresMigrationSql(Quoting.DOUBLE_QUOTES, types, ddl);
    private final MigrationLock lock = new PostgresMigrationLock();

    @Override
    public String name() {
        return "postgresql";
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

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsInsertReturning() {
        return true;
    }
}
