package dev.enfyra.runtime.query;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.filter.Operator;
import dev.enfyra.core.query.QueryException;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.ValueCodec;
import java.util.List;

/**
 * Renders a filter tree as a WHERE condition. SQL's own three-valued logic gives the semantics
 * the in-memory reference defines: a comparison with NULL is UNKNOWN and NOT UNKNOWN stays
 * UNKNOWN, so {@code _neq}, {@code _not_in} and {@code _not} never match NULL. Every value is a
 * bound parameter; identifiers come from the schema.
 */
final class FilterSql {

    private final SqlScope scope;
    private final SqlParams params;
    private final ValueCodec codec;

    FilterSql(SqlScope scope, SqlParams params) {
        this.scope = scope;
        this.params = params;
        this.codec = scope.dialect().values();
    }

    /** The condition, or {@code 1=1} for the empty filter. */
    String render(Filter filter) {
        return switch (filter) {
            case Filter.And and -> and.filters().isEmpty() ? "1=1" : join(and.filters(), " AND ");
            case Filter.Or or -> join(or.filters(), " OR ");
            case Filter.Not not -> "NOT (" + render(not.filter()) + ")";
            case Filter.Condition c -> condition(c);
            case Filter.Exists exists -> exists(exists);
        };
    }

    private String join(List<Filter> filters, String operator) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < filters.size(); i++) {
            sql.append(i == 0 ? "" : operator).append(render(filters.get(i)));
        }
        return sql.append(')').toString();
    }

    private String condition(Filter.Condition c) {
        SqlScope.Field field = scope.field(c.path());
        String x = field.sql();
        return switch (c.op()) {
            case EQ -> x + " = " + param(field, c.value());
            case NEQ -> x + " <> " + param(field, c.value());
            case GT -> x + " > " + param(field, c.value());
            case GTE -> x + " >= " + param(field, c.value());
            case LT -> x + " < " + param(field, c.value());
            case LTE -> x + " <= " + param(field, c.value());
            case IN -> in(x, field, (List<?>) c.value(), false);
            case NOT_IN -> in(x, field, (List<?>) c.value(), true);
            case BETWEEN -> between(x, field, (List<?>) c.value());
            case IS_NULL -> x + " IS NULL";
            case IS_NOT_NULL -> x + " IS NOT NULL";
            case CONTAINS, STARTS_WITH, ENDS_WITH -> textSearch(x, c.op(), (String) c.value());
        };
    }

    /**
     * An empty list still yields UNKNOWN for NULL, as the reference does: {@code x <> x} is FALSE
     * for a value and NULL for NULL, {@code x = x} TRUE and NULL.
     */
    private String in(String x, SqlScope.Field field, List<?> values, boolean negated) {
        if (values.isEmpty()) {
            return "(" + x + (negated ? " = " : " <> ") + x + ")";
        }
        StringBuilder sql = new StringBuilder(x).append(negated ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(param(field, values.get(i)));
        }
        return sql.append(')').toString();
    }

    /**
     * {@code x >= low AND x <= high}, which is what BETWEEN means, spelled out: MariaDB 10.11 answers
     * {@code name BETWEEN 'POESIE' AND 'poésie'} over an index of a binary-collated column with no
     * rows at all (its range optimizer takes bounds equal under the connection's case- and
     * accent-insensitive collation for one point), while the two comparisons are right.
     */
    private String between(String x, SqlScope.Field field, List<?> bounds) {
        return "(" + x + " >= " + param(field, bounds.get(0)) + " AND " + x + " <= " + param(field, bounds.get(1)) + ")";
    }

    private String textSearch(String x, Operator op, String text) {
        checkText(text);
        String predicate = scope.dialect().text().predicate(x);
        params.add(codec, DataType.VARCHAR, scope.dialect().text().pattern(op, text));
        return predicate;
    }

    private String param(SqlScope.Field field, Object value) {
        if (value instanceof String text) {
            checkText(text);
        }
        return params.add(codec, field.type(), value);
    }

    /**
     * PostgreSQL refuses a bound text holding U+0000 (an error, not an answer), and no database
     * holds one, since writes refuse it: a client error on every database alike.
     */
    private static void checkText(String text) {
        if (text.indexOf('\u0000') >= 0) {
            throw new QueryException(QueryException.Code.BAD_REQUEST, "filter", "text values cannot contain the character U+0000");
        }
    }

    /** EXISTS over the to-many relation at the end of the path, its rows filtered by the nested tree. */
    private String exists(Filter.Exists exists) {
        FieldPath path = exists.relation();
        List<String> prefix = path.segments().subList(0, path.size() - 1);
        String parentAlias = scope.aliasOf(prefix);
        Table parent = scope.tableOf(prefix);
        Relation relation = parent.relation(path.last()).orElseThrow();
        Table target = scope.schema().requireTable(relation.targetTable());
        SqlScope inner = scope.nested(target);
        String condition = new FilterSql(inner, params).render(exists.filter());
        String parentKey = scope.column(parentAlias, parent.primaryKey().name());
        if (relation.kind() == RelationKind.MANY_TO_MANY) {
            String j = "j" + inner.rootAlias();
            String joinOn = scope.column(inner.rootAlias(), target.primaryKey().name()) + " = "
                    + scope.column(j, relation.junctionTargetColumn());
            return "EXISTS (SELECT 1 FROM " + scope.q(relation.junctionTable()) + " " + j + " JOIN " + inner.rootTable()
                    + " ON " + joinOn + inner.joins() + " WHERE " + scope.column(j, relation.junctionSourceColumn()) + " = " + parentKey
                    + " AND " + condition + ")";
        }
        return "EXISTS (SELECT 1 FROM " + inner.from() + " WHERE " + scope.column(inner.rootAlias(), relation.foreignKeyColumn())
                + " = " + parentKey + " AND " + condition + ")";
    }
}
