package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.runtime.dialect.Paging;

final class H2Paging implements Paging {

    @Override
    public String limitOffset(int limit, long offset) {
        return " LIMIT " + limit + (offset > 0 ? " OFFSET " + offset : "");
    }

    @Override
    public String orderKey(String expression, boolean descending) {
        return expression + (descending ? " DESC NULLS FIRST" : " ASC NULLS LAST");
    }
}
