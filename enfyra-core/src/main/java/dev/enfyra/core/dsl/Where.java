package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filter over rows of entity {@code E}. The type parameter keeps conditions on different
 * tables from being combined by mistake; {@link #filter()} is the untyped tree the runtime,
 * REST and GraphQL share.
 */
public final class Where<E> {

    private final Filter filter;

    Where(Filter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** Wraps a tree built elsewhere; the caller vouches that its paths start at {@code E}. */
    public static <E> Where<E> of(Filter filter) {
        return new Where<>(filter);
    }

    /** Every row. */
    public static <E> Where<E> all() {
        return new Where<>(Filter.all());
    }

    @SafeVarargs
    public final Where<E> and(Where<E>... others) {
        return new Where<>(Filter.and(join(this, others)));
    }

    @SafeVarargs
    public final Where<E> or(Where<E>... others) {
        return new Where<>(Filter.or(join(this, others)));
    }

    public Where<E> not() {
        return new Where<>(Filter.not(filter));
    }

    @SafeVarargs
    public static <E> Where<E> allOf(Where<E>... wheres) {
        return new Where<>(Filter.and(filters(wheres)));
    }

    @SafeVarargs
    public static <E> Where<E> anyOf(Where<E>... wheres) {
        return new Where<>(Filter.or(filters(wheres)));
    }

    public Filter filter() {
        return filter;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Where<?> w && w.filter.equals(filter);
    }

    @Override
    public int hashCode() {
        return filter.hashCode();
    }

    @Override
    public String toString() {
        return "Where" + filter;
    }

    @SafeVarargs
    private static <E> List<Filter> join(Where<E> first, Where<E>... rest) {
        List<Filter> out = new ArrayList<>(rest.length + 1);
        out.add(first.filter);
        out.addAll(filters(rest));
        return out;
    }

    @SafeVarargs
    private static <E> List<Filter> filters(Where<E>... wheres) {
        List<Filter> out = new ArrayList<>(wheres.length);
        for (Where<E> w : wheres) {
            out.add(w.filter);
        }
        return out;
    }
}
