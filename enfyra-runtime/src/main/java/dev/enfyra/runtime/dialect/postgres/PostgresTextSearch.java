package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.core.filter.Operator;
import dev.enfyra.runtime.dialect.TextSearch;

/**
 * {@code enfyra_fold(column) LIKE pattern}; the pattern is folded by the function's Java twin, not
 * by {@code TextFold} itself, so that both sides are folded alike even where the function cannot
 * follow {@code TextFold} (see {@link PostgresFunctions}).
 */
final class PostgresTextSearch implements TextSearch {

    private static final char ESCAPE = '!';

    @Override
    public String predicate(String columnSql) {
        return "enfyra_fold(" + columnSql + ") LIKE ? ESCAPE '" + ESCAPE + "'";
    }

    @Override
    public String pattern(Operator op, String text) {
        return TextSearch.wrap(op, TextSearch.escapeLike(PostgresFunctions.fold(text), ESCAPE));
    }
}
