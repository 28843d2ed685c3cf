package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.runtime.dialect.Paging;

/** MySQL and MariaDB have no NULLS FIRST/LAST and sort NULL as the smallest value: emulated with a leading key. */
final class MySqlPaging implements Paging {

    @Override
    public String limitOffset(int limit, long offset) {
        return " LIMIT " + limit + (offset > 0 ? " OFFSET " + offset : "");
    }

    @Override
    public String orderKey(String expression, boolean descending) {
        return descending
                ? expression + " IS NOT NULL, " + expression + " DESC"
                : expression + " IS NULL, " + expression;
    }
}
