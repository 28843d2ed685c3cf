package dev.enfyra.core.dsl;

import java.util.NoSuchElementException;

/**
 * One field of an update: absent (leave the stored value as it is) or present with a value,
 * which may be null (store NULL). Plain nullable fields cannot tell these apart.
 */
public record Patch<T>(boolean present, T value) {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    public Patch {
        if (!present && value != null) {
            throw new IllegalArgumentException("an absent patch has no value");
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    /** Set the field to {@code value}; null sets it to NULL. */
    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    /** The value to store; throws when absent. */
    public T get() {
        if (!present) {
            throw new NoSuchElementException("the field is not part of this update");
        }
        return value;
    }
}
