package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;

/** enum columns: equality on the generated Java enum, which the filter holds as its stored string. */
public final class EnumField<E, T extends Enum<T> & EnfyraEnum> extends Field<E, T> {

    EnumField(FieldPath path) {
        super(path);
    }


    @Override
    Object encode(T value) {
        return super.encode(value) == null ? null : value.value();
    }

    public Sort<E> asc() {
        return new Sort<>(path(), false);
    }

    public Sort<E> desc() {
        return new Sort<>(path(), true);
    }

    @Override
    <R> EnumField<R, T> under(FieldPath prefix) {
        return new EnumField<>(Paths.join(prefix, path()));
    }
}
