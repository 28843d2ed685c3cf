package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import java.util.Locale;

/**
 * An aggregate over the rows a query matches: {@code count(*)}, {@code count(field)} (non-null
 * values), {@code sum}/{@code avg} of numbers, {@code min}/{@code max} of ordered values.
 * Results come back in {@code meta.aggregate}.
 *
 * @param path the field, or null for {@code count(*)}
 */
public record Aggregate<E>(Function function, FieldPath path) {

    public enum Function {
        COUNT, SUM, AVG, MIN, MAX;

        /** The key in the REST {@code aggregate} JSON, e.g. {@code sum}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static <E> Aggregate<E> count() {
        return new Aggregate<>(Function.COUNT, null);
    }

    public static <E> Aggregate<E> count(NullableField<E> field) {
        return new Aggregate<>(Function.COUNT, field.path());
    }
}
