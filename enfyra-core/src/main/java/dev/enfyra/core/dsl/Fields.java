package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;

/**
 * Factories for the metamodel constants of generated entities, e.g.
 * {@code public static final StringField<Post> TITLE = Fields.string("title");}. Each returns the
 * field class whose operators fit the column's type.
 */
public final class Fields {

    private Fields() {
    }

    /** json and array-select columns: only NULL tests. */
    public static <E> NullableField<E> nullable(String name) {
        return new NullableField<>(FieldPath.of(name));
    }

    /** Equality-only columns without a more specific class. */
    public static <E, T> Field<E, T> equality(String name) {
        return new Field<>(FieldPath.of(name));
    }

    /** Ordered columns: dates, times, ObjectId. */
    public static <E, T extends Comparable<? super T>> ComparableField<E, T> comparable(String name) {
        return new ComparableField<>(FieldPath.of(name));
    }

    public static <E, T extends Number & Comparable<? super T>> NumberField<E, T> number(String name) {
        return new NumberField<>(FieldPath.of(name));
    }

    public static <E> StringField<E> string(String name) {
        return new StringField<>(FieldPath.of(name));
    }

    public static <E> BooleanField<E> bool(String name) {
        return new BooleanField<>(FieldPath.of(name));
    }

    public static <E> UuidField<E> uuid(String name) {
        return new UuidField<>(FieldPath.of(name));
    }

    public static <E, T extends Enum<T> & EnfyraEnum> EnumField<E, T> enumeration(String name) {
        return new EnumField<>(FieldPath.of(name));
    }

    public static <E, T, K> ToOne<E, T, K> toOne(String propertyName) {
        return new ToOne<>(FieldPath.of(propertyName));
    }

    public static <E, T> ToMany<E, T> toMany(String propertyName) {
        return new ToMany<>(FieldPath.of(propertyName));
    }
}
