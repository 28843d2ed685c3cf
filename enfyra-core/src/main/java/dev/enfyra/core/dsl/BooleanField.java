package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;

/** boolean columns: equality only (no ordering). */
public final class BooleanField<E> extends Field<E, Boolean> {

    BooleanField(FieldPath path) {
        super(path);
    }


    public Where<E> isTrue() {
        return eq(Boolean.TRUE);
    }

    public Where<E> isFalse() {
        return eq(Boolean.FALSE);
    }

    @Override
    <R> BooleanField<R> under(FieldPath prefix) {
        return new BooleanField<>(Paths.join(prefix, path()));
    }
}
