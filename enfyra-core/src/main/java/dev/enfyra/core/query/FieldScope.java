package dev.enfyra.core.query;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table's part of a {@code fields} list while it is read: mutable, resolved once into a
 * {@link FieldSelection} after {@code deep} has had its say. Names map to the location of the
 * entry that first mentioned them, so that a conflict can point at both entries.
 */
final class FieldScope {
    final Table table;
    /** Where this scope's entries come from, e.g. {@code fields} or {@code deep.posts.fields}. */
    final String location;
    /** {@code *} was given, or an exclusion switched the scope to Enfyra's exclude mode. */
    boolean all;
    final Map<String, String> named = new LinkedHashMap<>();
    final Map<String, String> excluded = new LinkedHashMap<>();
    final Map<String, FieldScope> children = new LinkedHashMap<>();
    /** Relations whose selection {@code deep} has settled; they take precedence over children. */
    final Map<String, FieldSelection> settled = new LinkedHashMap<>();

    FieldScope(Table table, String location) {
        this.table = table;
        this.location = location;
    }

    /** The default when no {@code fields} is given: {@code *}. */
    static FieldScope all(Table table, String location) {
        FieldScope scope = new FieldScope(table, location);
        scope.all = true;
        return scope;
    }

    boolean expands(String relation) {
        return children.containsKey(relation) || settled.containsKey(relation);
    }

    /** Where {@code name} was selected (named or passed through), or null. */
    String selectedAt(String name) {
        if (named.containsKey(name)) {
            return named.get(name);
        }
        FieldScope child = children.get(name);
        return child == null ? null : child.location;
    }

    FieldSelection resolve() {
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.published() && selects(column.name())) {
                columns.add(column.name());
            }
        }
        List<String> relationIds = new ArrayList<>();
        Map<String, FieldSelection> expanded = new LinkedHashMap<>();
        for (Relation relation : table.relations()) {
            String name = relation.propertyName();
            if (settled.containsKey(name)) {
                expanded.put(name, settled.get(name));
            } else if (children.containsKey(name)) {
                expanded.put(name, children.get(name).resolve());
            } else if (selects(name)) {
                relationIds.add(name);
            }
        }
        if (columns.isEmpty() && relationIds.isEmpty() && expanded.isEmpty()) {
            throw Syntax.bad(location, "selects no field of table \"" + table.name() + "\"");
        }
        return new FieldSelection(columns, relationIds, expanded);
    }

    private boolean selects(String name) {
        return all ? !excluded.containsKey(name) : named.containsKey(name);
    }
}
