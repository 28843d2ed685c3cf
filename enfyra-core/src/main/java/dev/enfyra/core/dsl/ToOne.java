package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;

/**
 * A many-to-one or one-to-one relation from {@code E} to {@code T}, whose key has type
 * {@code K}. As a field it compares the related row's id ({@code Post.AUTHOR.eq(3)}); with
 * {@code dot} it reaches the related table's fields through a join
 * ({@code Post.AUTHOR.dot(User.EMAIL).eq("a@b")}), keeping the field's operators.
 */
public final class ToOne<E, T, K> extends Field<E, K> {

    ToOne(FieldPath path) {
        super(path);
    }


    public StringField<E> dot(StringField<T> field) {
        return field.under(path());
    }

    public <V extends Number & Comparable<? super V>> NumberField<E, V> dot(NumberField<T, V> field) {
        return field.under(path());
    }

    public <V extends Comparable<? super V>> ComparableField<E, V> dot(ComparableField<T, V> field) {
        return field.under(path());
    }

    public BooleanField<E> dot(BooleanField<T> field) {
        return field.under(path());
    }

    public UuidField<E> dot(UuidField<T> field) {
        return field.under(path());
    }

    public <V extends Enum<V> & EnfyraEnum> EnumField<E, V> dot(EnumField<T, V> field) {
        return field.under(path());
    }

    public <V> Field<E, V> dot(Field<T, V> field) {
        return field.under(path());
    }

    public NullableField<E> dot(NullableField<T> field) {
        return field.under(path());
    }

    /** A further to-one hop: {@code Comment.POST.dot(Post.AUTHOR).dot(User.EMAIL)}. */
    public <U, K2> ToOne<E, U, K2> dot(ToOne<T, U, K2> relation) {
        return new ToOne<>(Paths.join(path(), relation.path()));
    }

    /** A to-many relation of the related row, filtered with EXISTS. */
    public <U> ToMany<E, U> dot(ToMany<T, U> relation) {
        return new ToMany<>(Paths.join(path(), relation.path()));
    }

    /** Selects every column of the related row ({@code author.*}). */
    public Selectable<E> all() {
        return () -> path() + ".*";
    }

    /** Sorts by the related row's id. */
    public Sort<E> asc() {
        return new Sort<>(path(), false);
    }

    public Sort<E> desc() {
        return new Sort<>(path(), true);
    }

    @Override
    <R> ToOne<R, T, K> under(FieldPath prefix) {
        return new ToOne<>(Paths.join(prefix, path()));
    }
}
