package dev.enfyra.core.dsl;

import java.util.Objects;

/** A table of the schema, typed by its generated entity record; the starting point of a query. */
public record TableRef<E>(String name) {

    public TableRef {
        Objects.requireNonNull(name, "name");
    }

    public Query<E> query() {
        return new Query<>(name);
    }
}
