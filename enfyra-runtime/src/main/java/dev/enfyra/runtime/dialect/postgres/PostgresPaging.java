package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.runtime.dialect.Paging;

/** PostgreSQL sorts NULLs as larger than any value by default; the order is spelled out all the same. */
final class PostgresPaging implements Paging {

    @Override
    public String limitOffset(int limit, long offset) {
        return " LIMIT " + limit + (offset > 0 ? " OFFSET " + offset : "");
    }

    @Override
    public String orderKey(String expression, boolean descending) {
        return expression + (descending ? " DESC NULLS FIRST" : " ASC NULLS LAST");
    }
}
