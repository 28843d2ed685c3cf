package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import java.util.Objects;

/**
 * A field of entity {@code E} that can only be tested for NULL: JSON values and array-select
 * lists. Subclasses add the operators their type supports, so that a condition that makes no
 * sense for the type does not compile.
 */
public class NullableField<E> implements Selectable<E> {

    private final FieldPath path;

    NullableField(FieldPath path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** A field of a generated metamodel: {@code name} is the column's name in the snapshot. */

    public FieldPath path() {
        return path;
    }

    public Where<E> isNull() {
        return new Where<>(Filter.isNull(path));
    }

    public Where<E> isNotNull() {
        return new Where<>(Filter.isNotNull(path));
    }

    @Override
    public String fieldsEntry() {
        return path.toString();
    }

    /** The same field seen from another entity through {@code prefix} (a to-one relation path). */
    <R> NullableField<R> under(FieldPath prefix) {
        return new NullableField<>(Paths.join(prefix, path));
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((NullableField<?>) other).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + path + ")";
    }
}
