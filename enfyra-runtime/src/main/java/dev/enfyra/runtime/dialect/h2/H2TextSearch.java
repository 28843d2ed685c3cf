package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.core.filter.Operator;
import dev.enfyra.core.filter.TextFold;
import dev.enfyra.runtime.dialect.TextSearch;

final class H2TextSearch implements TextSearch {

    @Override
    public String predicate(String columnSql) {
        // '!' as on the other databases: a backslash in a literal reads as an escape to some SQL lexers.
        return "ENFYRA_FOLD(" + columnSql + ") LIKE ? ESCAPE '!'";
    }

    @Override
    public String pattern(Operator op, String text) {
        return TextSearch.wrap(op, TextSearch.escapeLike(TextFold.fold(text), '!'));
    }
}
