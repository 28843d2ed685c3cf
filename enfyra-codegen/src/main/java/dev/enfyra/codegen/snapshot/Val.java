package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.Origin;

/**
 * A scalar read from a file, with where it was written. When the key was absent,
 * {@code value} is the default and {@code origin} is the enclosing object's.
 */
public record Val<T>(T value, Origin origin, boolean present) {

    public static <T> Val<T> of(T value, Origin origin) {
        return new Val<>(value, origin, true);
    }

    public static <T> Val<T> absent(T fallback, Origin parent) {
        return new Val<>(fallback, parent, false);
    }
}
