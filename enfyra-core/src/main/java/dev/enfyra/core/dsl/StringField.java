package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;

/**
 * Text columns (varchar, text, code, richtext). The text searches ignore case and accents and
 * take {@code %} and {@code _} literally.
 */
public final class StringField<E> extends ComparableField<E, String> {

    StringField(FieldPath path) {
        super(path);
    }


    public Where<E> contains(String text) {
        return new Where<>(Filter.contains(path(), text(text)));
    }

    public Where<E> startsWith(String text) {
        return new Where<>(Filter.startsWith(path(), text(text)));
    }

    public Where<E> endsWith(String text) {
        return new Where<>(Filter.endsWith(path(), text(text)));
    }

    private String text(String text) {
        encode(text);
        return text;
    }

    @Override
    <R> StringField<R> under(FieldPath prefix) {
        return new StringField<>(Paths.join(prefix, path()));
    }
}
