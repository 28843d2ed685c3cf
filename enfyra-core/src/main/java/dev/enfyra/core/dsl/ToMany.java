package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import java.util.Objects;

/**
 * A one-to-many or many-to-many relation from {@code E} to {@code T}. Conditions on it are
 * EXISTS tests: {@code Post.TAGS.some(Tag.NAME.eq("java"))} matches posts with at least one
 * such tag; they are never UNKNOWN.
 */
public final class ToMany<E, T> implements Selectable<E> {

    private final FieldPath path;

    ToMany(FieldPath path) {
        this.path = Objects.requireNonNull(path, "path");
    }


    public FieldPath path() {
        return path;
    }

    /** At least one related row matches. */
    public Where<E> some(Where<T> condition) {
        return new Where<>(Filter.exists(path, condition.filter()));
    }

    /** No related row matches. */
    public Where<E> none(Where<T> condition) {
        return new Where<>(Filter.not(Filter.exists(path, condition.filter())));
    }

    /** There is at least one related row. */
    public Where<E> isNotEmpty() {
        return new Where<>(Filter.exists(path, Filter.all()));
    }

    /** There is no related row. */
    public Where<E> isEmpty() {
        return new Where<>(Filter.not(Filter.exists(path, Filter.all())));
    }

    /** Selects every column of the related rows ({@code tags.*}). */
    public Selectable<E> all() {
        return () -> path + ".*";
    }

    /** Selects one field of the related rows ({@code tags.name}). */
    public Selectable<E> select(Selectable<T> field) {
        return () -> path + "." + field.fieldsEntry();
    }

    @Override
    public String fieldsEntry() {
        return path.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ToMany<?, ?> m && m.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return "ToMany(" + path + ")";
    }
}
