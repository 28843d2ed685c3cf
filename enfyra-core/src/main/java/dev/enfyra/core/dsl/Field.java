package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A field whose values can be compared for equality: {@code eq}, {@code neq}, {@code in},
 * {@code notIn} take the column's Java type.
 */
public class Field<E, T> extends NullableField<E> {

    Field(FieldPath path) {
        super(path);
    }


    public Where<E> eq(T value) {
        return new Where<>(Filter.eq(path(), encode(value)));
    }

    public Where<E> neq(T value) {
        return new Where<>(Filter.neq(path(), encode(value)));
    }

    @SafeVarargs
    public final Where<E> in(T... values) {
        return in(Arrays.asList(values));
    }

    public Where<E> in(Collection<? extends T> values) {
        return new Where<>(Filter.in(path(), encodeAll(values)));
    }

    @SafeVarargs
    public final Where<E> notIn(T... values) {
        return notIn(Arrays.asList(values));
    }

    public Where<E> notIn(Collection<? extends T> values) {
        return new Where<>(Filter.notIn(path(), encodeAll(values)));
    }

    /** The value as the filter tree holds it (an enum becomes its stored string). */
    Object encode(T value) {
        if (value == null) {
            throw new NullPointerException("a comparison with null matches nothing; use isNull() on " + path());
        }
        return value;
    }

    private List<Object> encodeAll(Collection<? extends T> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (T value : values) {
            out.add(encode(value));
        }
        return out;
    }

    @Override
    <R> Field<R, T> under(FieldPath prefix) {
        return new Field<>(Paths.join(prefix, path()));
    }
}
