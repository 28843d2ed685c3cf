package dev.enfyra.runtime.dialect;

import dev.enfyra.core.filter.Operator;

/**
 * {@code _contains}, {@code _starts_with}, {@code _ends_with}: ignoring case and accents on both
 * sides, with {@code %} and {@code _} in the value taken literally.
 */
public interface TextSearch {

    /** A predicate over {@code columnSql} with one {@code ?} for {@link #pattern}. */
    String predicate(String columnSql);

    /** The bound value: the user's text folded as the predicate folds the column, escaped, with wildcards. */
    String pattern(Operator op, String text);

    /** {@code %}/{@code _} and the escape character itself, escaped with {@code escape}. */
    static String escapeLike(String text, char escape) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == escape) {
                out.append(escape);
            }
            out.append(c);
        }
        return out.toString();
    }

    static String wrap(Operator op, String escaped) {
        return switch (op) {
            case CONTAINS -> "%" + escaped + "%";
            case STARTS_WITH -> escaped + "%";
            case ENDS_WITH -> "%" + escaped;
            default -> throw new IllegalArgumentException("not a text search: " + op);
        };
    }
}
