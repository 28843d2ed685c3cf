package dev.enfyra.runtime.query;

import dev.enfyra.core.query.FieldSelection;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is read of each row of one table and how it is returned: the columns fetched (the
 * selected ones, the primary key, and the FK columns of selected owning relations), the
 * columns returned, and one slot per returned relation. Built once per request from the
 * resolved field selection; rows are arrays laid out by it.
 */
final class Shape {

    /** A fetched column: its name and type; index in the row is its position in {@link #fetched}. */
    record Fetch(String column, DataType type) {
    }

    /**
     * A returned relation: as ids only ({@code expanded} null) or as nested rows of the target
     * shape, with the deep spec that filters, sorts and pages them.
     */
    record Slot(Relation relation, Table target, Shape expanded, QuerySpec deep, int fkIndex) {
        boolean idsOnly() {
            return expanded == null;
        }
    }

    final Table table;
    final List<Fetch> fetched = new ArrayList<>();
    /** Indexes into {@link #fetched} of the returned columns, in output order. */
    final List<Integer> output = new ArrayList<>();
    final List<Slot> slots = new ArrayList<>();
    final int keyIndex;

    Shape(Schema schema, Table table, FieldSelection selection, Map<String, QuerySpec> deep) {
        this.table = table;
        Column pk = table.primaryKey();
        fetched.add(new Fetch(pk.name(), pk.type()));
        keyIndex = 0;
        if (selection == null) {
            return;
        }
        for (Column column : table.columns()) {
            if (selection.columns().contains(column.name())) {
                output.add(column.primary() ? keyIndex : add(column.name(), column.type()));
            }
        }
        for (Relation relation : table.relations()) {
            String name = relation.propertyName();
            boolean expanded = selection.expanded().containsKey(name);
            if (!expanded && !selection.relationIds().contains(name)) {
                continue;
            }
            Table target = schema.requireTable(relation.targetTable());
            int fk = relation.owning() && relation.isToOne()
                    ? add(relation.foreignKeyColumn(), target.primaryKey().type()) : -1;
            QuerySpec spec = deep.get(name);
            Shape nested = expanded
                    ? new Shape(schema, target, selection.expanded().get(name), spec == null ? Map.of() : spec.deep())
                    : null;
            slots.add(new Slot(relation, target, nested, spec, fk));
        }
    }

    /** Only the primary key: the target of a relation returned as ids. */
    static Shape keyOnly(Schema schema, Table table) {
        return new Shape(schema, table, null, Map.of());
    }

    private int add(String column, DataType type) {
        for (int i = 0; i < fetched.size(); i++) {
            if (fetched.get(i).column().equals(column)) {
                return i;
            }
        }
        fetched.add(new Fetch(column, type));
        return fetched.size() - 1;
    }

    /** The SELECT list over {@code alias}. */
    String selectList(SqlScope scope, String alias) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < fetched.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(scope.column(alias, fetched.get(i).column()));
        }
        return sql.toString();
    }
}
