package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.Paging;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.dialect.TextSearch;
import dev.enfyra.runtime.dialect.ValueCodec;

/** PostgreSQL 13+. */
public final class PostgresDialect implements Dialect {

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
        throw new UnsupportedOperationException("PostgreSQL types: not written yet");
    }

    @Override
    public Ddl ddl() {
        throw new UnsupportedOperationException("PostgreSQL DDL: not written yet");
    }

    @Override
    public TextSearch text() {
        throw new UnsupportedOperationException("PostgreSQL text search: not written yet");
    }

    @Override
    public Paging paging() {
        throw new UnsupportedOperationException("PostgreSQL paging: not written yet");
    }

    @Override
    public ValueCodec values() {
        throw new UnsupportedOperationException("PostgreSQL values: not written yet");
    }

    @Override
    public ErrorTranslator errors() {
        throw new UnsupportedOperationException("PostgreSQL errors: not written yet");
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
