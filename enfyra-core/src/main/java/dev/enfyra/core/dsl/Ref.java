package dev.enfyra.core.dsl;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a related row: always its id, and the row itself when the query selected it
 * ({@code fields=author.*} or {@code author.email}). Selected values hold only the fields that were
 * selected; the others are null.
 *
 * @param id    the related row's primary key; null only when the query selected fields of the
 *              related row but not its key ({@code fields=author.email})
 * @param value the related row when it was loaded, else null
 */
public record Ref<T, K>(K id, T value) {

    public Ref {
        if (id == null && value == null) {
            throw new NullPointerException("a reference needs an id or a value");
        }
    }

    /** A reference by id only, e.g. to set a relation when writing. */
    public static <T, K> Ref<T, K> to(K id) {
        return new Ref<>(id, null);
    }

    public boolean loaded() {
        return value != null;
    }

    /** The related row; throws when the query did not select it. */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException("the related row " + id + " was not selected; add it to the query's fields");
        }
        return value;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }
}
