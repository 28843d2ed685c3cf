package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;

/** int, bigint, float and decimal columns: comparable, and summable in aggregates. */
public final class NumberField<E, T extends Number & Comparable<? super T>> extends ComparableField<E, T> {

    NumberField(FieldPath path) {
        super(path);
    }


    public Aggregate<E> sum() {
        return new Aggregate<>(Aggregate.Function.SUM, path());
    }

    public Aggregate<E> avg() {
        return new Aggregate<>(Aggregate.Function.AVG, path());
    }

    @Override
    <R> NumberField<R, T> under(FieldPath prefix) {
        return new NumberField<>(Paths.join(prefix, path()));
    }
}
