package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import java.util.UUID;

/** uuid columns: equality only. */
public final class UuidField<E> extends Field<E, UUID> {

    UuidField(FieldPath path) {
        super(path);
    }


    @Override
    <R> UuidField<R> under(FieldPath prefix) {
        return new UuidField<>(Paths.join(prefix, path()));
    }
}
