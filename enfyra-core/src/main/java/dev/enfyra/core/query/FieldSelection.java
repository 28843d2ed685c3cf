package dev.enfyra.core.query;

import dev.enfyra.core.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a read returns of each row of one table, resolved against the schema: never a pattern
 * like {@code *} still to be expanded, so that the SQL engine and the in-memory reference read
 * the same explicit lists.
 *
 * <ul>
 *   <li>{@code columns}: the columns returned, in declared order; never an unpublished one.
 *   <li>{@code relationIds}: the relations returned as ids only: a to-one one as
 *       {@code {"<pk>": id}} or null, a to-many one as a list of {@code {"<pk>": id}} ordered by
 *       id. {@code *} puts every relation here that is not expanded.
 *   <li>{@code expanded}: the relations returned as nested rows, each with its own selection.
 * </ul>
 *
 * <p>The three name sets are disjoint and not all empty: a selection that returns nothing is
 * refused when parsed. Equality ignores the order of {@code expanded}.
 */
public record FieldSelection(List<String> columns, List<String> relationIds, Map<String, FieldSelection> expanded) {

    public FieldSelection {
        columns = List.copyOf(columns);
        relationIds = List.copyOf(relationIds);
        // LinkedHashMap, not Map.copyOf: iteration order must not vary between runs.
        expanded = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(expanded, "expanded")));
        Set<String> seen = new HashSet<>();
        for (String name : concat(columns, relationIds, List.copyOf(expanded.keySet()))) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("field \"" + name + "\" is selected twice");
            }
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("a selection needs at least one field");
        }
        expanded.values().forEach(child -> Objects.requireNonNull(child, "expanded selection"));
    }

    /** {@code *}: every published column, every relation as ids. */
    public static FieldSelection all(Schema schema, String table) {
        return parse(schema, table, "*");
    }

    /**
     * Parses a {@code fields} value such as {@code id,title,author.*,-body} on {@code table}; an
     * invalid one is a {@link QueryException} located at {@code fields[i]}.
     */
    public static FieldSelection parse(Schema schema, String table, String fields) {
        QueryLimits limits = QueryLimits.DEFAULT;
        FieldsReader reader = new FieldsReader(schema, limits);
        List<String> tokens = Syntax.split(fields, "fields", limits);
        return reader.read(schema.requireTable(table), tokens, "fields").resolve();
    }

    /**
     * The entries of a {@code fields} parameter that select exactly this, positive and explicit:
     * columns, then relations as ids, then the paths into each expanded relation.
     */
    public List<String> paths() {
        List<String> paths = new ArrayList<>(columns);
        paths.addAll(relationIds);
        expanded.forEach((relation, child) -> child.paths().forEach(path -> paths.add(relation + "." + path)));
        return List.copyOf(paths);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }
}
