package dev.enfyra.core.dsl;

/**
 * Something a query can select in {@code fields}: a column, a relation path, or all columns of
 * a relation. {@link #fieldsEntry()} is its form in the REST {@code fields} parameter.
 */
public interface Selectable<E> {

    String fieldsEntry();

    /** The same selection as an exclusion ({@code -body}): everything else under {@code *}. */
    static <E> Selectable<E> exclude(Selectable<E> field) {
        return () -> "-" + field.fieldsEntry();
    }

    /** Every readable column of the root table ({@code *}). */
    static <E> Selectable<E> allColumns() {
        return () -> "*";
    }
}
