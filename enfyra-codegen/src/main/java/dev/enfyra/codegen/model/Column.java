package dev.enfyra.codegen.model;

import java.util.List;
import java.util.Objects;

/**
 * A column as the API sees it: declared in {@code snapshot.json}, or implicit
 * ({@code createdAt}/{@code updatedAt}). Foreign key columns are not columns here: they belong
 * to their relation ({@link Relation#foreignKeyColumn()}).
 *
 * @param length     varchar length; null for other types
 * @param precision  decimal precision; null for other types
 * @param scale      decimal scale; null for other types
 * @param values     allowed values of enum and array-select, in declared order; empty otherwise
 * @param javaName   the Java member name chosen by the naming strategy
 */
public record Column(
        String name,
        ColumnType type,
        boolean primary,
        boolean generated,
        boolean nullable,
        boolean updatable,
        boolean published,
        boolean system,
        boolean implicit,
        String description,
        Integer length,
        Integer precision,
        Integer scale,
        List<String> values,
        DefaultValue defaultValue,
        String javaName) {

    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(javaName, "javaName");
    }

    /** The implicit {@code createdAt}/{@code updatedAt}: set by the runtime, never by clients. */
    static Column timestamp(String name, String description) {
        return new Column(name, ColumnType.TIMESTAMP, false, true, false, false, true, true, true,
                description, null, null, null, List.of(), DefaultValue.NOW, name);
    }
}
