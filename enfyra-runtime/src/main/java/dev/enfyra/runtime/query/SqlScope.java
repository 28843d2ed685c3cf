package dev.enfyra.runtime.query;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Dialect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One FROM clause being built: a root table with an alias, and the LEFT JOINs that relation
 * paths through to-one relations need. LEFT, so that a missing related row reads as NULLs and a
 * condition on it is UNKNOWN, as three-valued logic wants. Aliases are unique across nested
 * scopes (EXISTS subqueries) because they share one counter.
 */
final class SqlScope {

    /** An expression over a column reached from the root, with the type of its values. */
    record Field(String sql, DataType type) {
    }

    private final Schema schema;
    private final Dialect dialect;
    private final int[] counter;
    private final Table root;
    private final String rootAlias;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final StringBuilder joins = new StringBuilder();

    SqlScope(Schema schema, Dialect dialect, Table root) {
        this(schema, dialect, root, new int[1]);
    }

    private SqlScope(Schema schema, Dialect dialect, Table root, int[] counter) {
        this.schema = schema;
        this.dialect = dialect;
        this.counter = counter;
        this.root = root;
        this.rootAlias = "t" + counter[0]++;
    }

    /** A scope for a subquery, sharing this scope's alias counter. */
    SqlScope nested(Table table) {
        return new SqlScope(schema, dialect, table, counter);
    }

    Schema schema() {
        return schema;
    }

    Dialect dialect() {
        return dialect;
    }

    Table root() {
        return root;
    }

    String rootAlias() {
        return rootAlias;
    }

    String q(String identifier) {
        return dialect.quoting().quote(identifier);
    }

    String column(String alias, String column) {
        return alias + "." + q(column);
    }

    /** {@code "posts" t0 LEFT JOIN "users" t1 ON …}. */
    String from() {
        return rootTable() + joins;
    }

    /** {@code "posts" t0}. */
    String rootTable() {
        return q(root.name()) + " " + rootAlias;
    }

    /** The LEFT JOINs added so far, each with a leading space. */
    String joins() {
        return joins.toString();
    }

    /**
     * The alias of the table reached through {@code relations} (to-one property names from the
     * root), adding the joins on first use.
     */
    String aliasOf(List<String> relations) {
        String alias = rootAlias;
        Table table = root;
        StringBuilder key = new StringBuilder();
        for (String property : relations) {
            key.append('.').append(property);
            Relation relation = table.relation(property).orElseThrow(() -> new IllegalStateException("no relation " + property));
            if (relation.kind().isToMany()) {
                throw new IllegalStateException("cannot join through to-many relation " + property);
            }
            Table target = schema.requireTable(relation.targetTable());
            String from = alias;
            Table fromTable = table;
            alias = aliases.computeIfAbsent(key.toString(), k -> join(from, fromTable, relation, target));
            table = target;
        }
        return alias;
    }

    private String join(String from, Table fromTable, Relation relation, Table target) {
        String alias = "t" + counter[0]++;
        String on = relation.owning()
                ? column(alias, target.primaryKey().name()) + " = " + column(from, relation.foreignKeyColumn())
                : column(alias, relation.foreignKeyColumn()) + " = " + column(from, fromTable.primaryKey().name());
        joins.append(" LEFT JOIN ").append(q(target.name())).append(' ').append(alias).append(" ON ").append(on);
        return alias;
    }

    /** The table reached through {@code relations} from the root. */
    Table tableOf(List<String> relations) {
        Table table = root;
        for (String property : relations) {
            table = schema.requireTable(table.relation(property).orElseThrow().targetTable());
        }
        return table;
    }

    /**
     * A path ending at a column, or at a to-one relation (meaning the related row's id: the FK
     * column when this side holds it, else the joined row's key).
     */
    Field field(FieldPath path) {
        List<String> segments = path.segments();
        List<String> relations = segments.subList(0, segments.size() - 1);
        String alias = aliasOf(relations);
        Table table = tableOf(relations);
        String last = path.last();
        Column column = table.column(last).orElse(null);
        if (column != null) {
            return new Field(column(alias, last), column.type());
        }
        Relation relation = table.relation(last).orElseThrow(() -> new IllegalStateException("no field " + path));
        Column targetKey = schema.requireTable(relation.targetTable()).primaryKey();
        if (relation.owning()) {
            return new Field(column(alias, relation.foreignKeyColumn()), targetKey.type());
        }
        return new Field(column(aliasOf(segments), targetKey.name()), targetKey.type());
    }
}
