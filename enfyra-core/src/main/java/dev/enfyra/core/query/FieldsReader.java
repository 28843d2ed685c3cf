package dev.enfyra.core.query;

import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.List;

/**
 * Reads the entries of a {@code fields} list into a {@link FieldScope} tree.
 *
 * <ul>
 *   <li>{@code name}: a column, or a relation returned as ids; {@code *}: every readable column
 *       and every relation as ids.
 *   <li>{@code rel.x}, {@code rel.*}: expand the relation with its own selection; a relation any
 *       path goes through is expanded, even if also named alone.
 *   <li>{@code -name}, {@code -rel.x}: exclude. As in Enfyra, an exclusion switches every scope
 *       it passes through to exclude mode: all readable fields but the excluded ones. Positive
 *       names there add nothing new, but are still checked; naming what is also excluded is an
 *       error rather than a silent choice.
 * </ul>
 */
final class FieldsReader {
    private final Schema schema;
    private final QueryLimits limits;

    FieldsReader(Schema schema, QueryLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    /** Reads {@code tokens}, the entries of the list at {@code location} (e.g. {@code fields}). */
    FieldScope read(Table table, List<String> tokens, String location) {
        FieldScope root = new FieldScope(table, location);
        for (int i = 0; i < tokens.size(); i++) {
            entry(root, tokens.get(i), location + "[" + i + "]");
        }
        return root;
    }

    private void entry(FieldScope root, String token, String at) {
        boolean exclude = token.startsWith("-");
        String path = exclude ? token.substring(1) : token;
        String[] segments = path.split("\\.", -1);
        if (segments.length > limits.maxPathLength()) {
            throw Syntax.bad(at, "path " + Syntax.quote(path) + " has " + segments.length
                    + " parts, at most " + limits.maxPathLength());
        }
        FieldScope scope = root;
        for (int k = 0; k < segments.length - 1; k++) {
            String segment = segment(segments[k], path, at);
            if (segment.equals("*")) {
                throw Syntax.bad(at, "\"*\" must be the last part of a path, found " + Syntax.quote(path));
            }
            Relation relation = Lookup.relation(scope.table, segment, at);
            checkNotExcluded(scope, segment, at);
            scope.all |= exclude;
            scope = child(scope, relation, at);
        }
        String last = segment(segments[segments.length - 1], path, at);
        if (last.equals("*")) {
            if (exclude) {
                throw Syntax.bad(at, "cannot exclude \"*\"; exclude fields by name");
            }
            scope.all = true;
            return;
        }
        Lookup.field(scope.table, last, at);
        if (exclude) {
            exclude(scope, last, at);
        } else {
            checkNotExcluded(scope, last, at);
            scope.named.putIfAbsent(last, at);
        }
    }

    private static String segment(String segment, String path, String at) {
        if (segment.isEmpty()) {
            throw Syntax.bad(at, "empty name in " + Syntax.quote(path.isEmpty() ? "-" : path));
        }
        return segment;
    }

    private FieldScope child(FieldScope scope, Relation relation, String at) {
        FieldScope child = scope.children.get(relation.propertyName());
        if (child == null) {
            child = new FieldScope(schema.requireTable(relation.targetTable()), at);
            scope.children.put(relation.propertyName(), child);
        }
        return child;
    }

    private static void exclude(FieldScope scope, String name, String at) {
        String selectedAt = scope.selectedAt(name);
        if (selectedAt != null) {
            throw conflict(scope, name, selectedAt, at, at);
        }
        scope.all = true;
        scope.excluded.putIfAbsent(name, at);
    }

    private static void checkNotExcluded(FieldScope scope, String name, String at) {
        String excludedAt = scope.excluded.get(name);
        if (excludedAt != null) {
            throw conflict(scope, name, at, excludedAt, at);
        }
    }

    /** Reported at {@code at}, the entry read last of the two. */
    private static QueryException conflict(
            FieldScope scope, String name, String selectedAt, String excludedAt, String at) {
        return Syntax.bad(at, "field \"" + name + "\" of table \"" + scope.table.name()
                + "\" is both selected (" + selectedAt + ") and excluded (" + excludedAt + ")");
    }
}
