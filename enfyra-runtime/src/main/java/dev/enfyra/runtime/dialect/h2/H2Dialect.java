package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.Paging;
import dev.enfyra.runtime.dialect.Quoting;
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
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsInsertReturning() {
        return false;
    }
}
