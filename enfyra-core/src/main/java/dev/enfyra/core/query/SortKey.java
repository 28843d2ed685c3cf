package dev.enfyra.core.query;

import dev.enfyra.core.filter.FieldPath;
import java.util.Objects;

/**
 * One key of {@code sort}: a column, or a to-one relation (meaning its id), reached through zero
 * or more to-one relations. NULL sorts after every value: last ascending, first descending, as
 * PostgreSQL does by default; the SQL engine states {@code NULLS LAST}/{@code NULLS FIRST}
 * explicitly, since MySQL and H2 default the other way.
 */
public record SortKey(FieldPath path, boolean descending) {

    public SortKey {
        Objects.requireNonNull(path, "path");
    }

    public static SortKey asc(String dotted) {
        return new SortKey(FieldPath.parse(dotted), false);
    }

    public static SortKey desc(String dotted) {
        return new SortKey(FieldPath.parse(dotted), true);
    }

    /** The form in the {@code sort} parameter: {@code title} or {@code -author.name}. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + path;
    }
}
