package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.Paging;
import dev.enfyra.runtime.dialect.Quoting;
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
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsInsertReturning() {
        return true;
    }
}
