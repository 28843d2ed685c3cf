package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;

/** A field with an order: numbers, dates and times, text. It can be compared, ranged and sorted on. */
public class ComparableField<E, T extends Comparable<? super T>> extends Field<E, T> {

    ComparableField(FieldPath path) {
        super(path);
    }


    public Where<E> gt(T value) {
        return new Where<>(Filter.gt(path(), encode(value)));
    }

    public Where<E> gte(T value) {
        return new Where<>(Filter.gte(path(), encode(value)));
    }

    public Where<E> lt(T value) {
        return new Where<>(Filter.lt(path(), encode(value)));
    }

    public Where<E> lte(T value) {
        return new Where<>(Filter.lte(path(), encode(value)));
    }

    /** {@code low <= value <= high}, both included. */
    public Where<E> between(T low, T high) {
        return new Where<>(Filter.between(path(), encode(low), encode(high)));
    }

    public Sort<E> asc() {
        return new Sort<>(path(), false);
    }

    public Sort<E> desc() {
        return new Sort<>(path(), true);
    }

    public Aggregate<E> min() {
        return new Aggregate<>(Aggregate.Function.MIN, path());
    }

    public Aggregate<E> max() {
        return new Aggregate<>(Aggregate.Function.MAX, path());
    }

    @Override
    <R> ComparableField<R, T> under(FieldPath prefix) {
        return new ComparableField<>(Paths.join(prefix, path()));
    }
}
