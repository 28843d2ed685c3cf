package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.Paging;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.dialect.TextSearch;
import dev.enfyra.runtime.dialect.ValueCodec;

/** MySQL 8 and MariaDB 10.6+: one family, with the differences named by {@link Flavor}. */
public final class MySqlDialect implements Dialect {

    public enum Flavor { MYSQL, MARIADB }

    private final Flavor flavor;

    public MySqlDialect(Flavor flavor) {
        this.flavor = flavor;
    }

    @Override
    public String name() {
        return flavor == Flavor.MYSQL ? "mysql" : "mariadb";
    }

    @Override
    public Quoting quoting() {
        return Quoting.BACKTICKS;
    }

    @Override
    public SqlTypes types() {
        throw new UnsupportedOperationException("MySQL types: not written yet");
    }

    @Override
    public Ddl ddl() {
        throw new UnsupportedOperationException("MySQL DDL: not written yet");
    }

    @Override
    public TextSearch text() {
        throw new UnsupportedOperationException("MySQL text search: not written yet");
    }

    @Override
    public Paging paging() {
        throw new UnsupportedOperationException("MySQL paging: not written yet");
    }

    @Override
    public ValueCodec values() {
        throw new UnsupportedOperationException("MySQL values: not written yet");
    }

    @Override
    public ErrorTranslator errors() {
        throw new UnsupportedOperationException("MySQL errors: not written yet");
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsInsertReturning() {
        return flavor == Flavor.MARIADB;
    }
}
