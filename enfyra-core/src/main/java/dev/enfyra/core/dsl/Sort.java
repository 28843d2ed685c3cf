package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import java.util.Objects;

/** One sort key of a query: a column of the root or of a to-one relation, ascending or descending. */
public record Sort<E>(FieldPath path, boolean descending) {

    public Sort {
        Objects.requireNonNull(path, "path");
    }

    /** Its form in the REST {@code sort} parameter: {@code title} or {@code -createdAt}. */
    public String sortEntry() {
        return (descending ? "-" : "") + path;
    }
}
