package dev.enfyra.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.filter.Filter.And;
import dev.enfyra.core.filter.Filter.Condition;
import dev.enfyra.core.filter.Filter.Exists;
import dev.enfyra.core.filter.Filter.Not;
import dev.enfyra.core.filter.Filter.Or;
import dev.enfyra.core.filter.ValueReader.Target;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON {@code filter} of a REST request (Enfyra's filter language) into a
 * {@link Filter}, checking every name against the schema and converting every value to the
 * Java type of its field. Anything it cannot give a meaning to is a {@link FilterException}
 * naming the place, e.g. {@code filter._and[1].author.email: unknown operator "_eqq"}; nothing
 * is ever skipped.
 *
 * <ul>
 *   <li>{@code {f: v}} is {@code _eq}, {@code {f: null}} is {@code _is_null}; several keys in one
 *       object are ANDed; {@code _and}/{@code _or} take arrays, {@code _not} an object.
 *   <li>A to-one relation nests the fields of its target ({@code {author: {email: ...}}}); an
 *       operator directly on it tests its id ({@code {menu: {_in: [1, 88]}}}).
 *   <li>A to-many relation nests a filter on its rows, evaluated as EXISTS.
 *   <li>{@code _is_null: false} means {@code _is_not_null: true} and the reverse;
 *       {@code _eq: null} means {@code _is_null: true}, {@code _neq: null} {@code _is_not_null: true}.
 *   <li>{@code {}} at the top or under a to-many relation means "no condition"; elsewhere, and
 *       {@code _or: []}, are errors, since they have no unambiguous meaning.
 * </ul>
 */
public final class FilterParser {
    public static final int DEFAULT_MAX_DEPTH = 32;
    public static final int DEFAULT_MAX_LIST_SIZE = 1000;

    private static final List<String> LOGICAL = List.of("_and", "_or", "_not");

    private final Schema schema;
    private final int maxDepth;
    private final int maxListSize;

    /**
     * Where an object is read: its table and, inside a to-one relation, the path to it (operators
     * directly in that object then test the relation's id). At the root and inside an EXISTS the
     * path is null.
     */
    private record Scope(Table table, FieldPath prefix, Relation via) {
        FieldPath pathTo(String name) {
            return prefix == null ? FieldPath.of(name) : prefix.child(name);
        }
    }

    private FilterParser(Schema schema, int maxDepth, int maxListSize) {
        this.schema = schema;
        this.maxDepth = maxDepth;
        this.maxListSize = maxListSize;
    }

    /** A parser with the default limits: 32 levels of nesting, 1000 values in a list. */
    public static FilterParser create(Schema schema) {
        return new FilterParser(schema, DEFAULT_MAX_DEPTH, DEFAULT_MAX_LIST_SIZE);
    }

    /** A copy with other limits on nesting depth and on the values of {@code _in}/{@code _not_in}. */
    public FilterParser withLimits(int maxDepth, int maxListSize) {
        if (maxDepth < 1 || maxListSize < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        return new FilterParser(schema, maxDepth, maxListSize);
    }

    /** Parses {@code filter} on {@code table}; locations in errors start with {@code filter}. */
    public Filter parse(String table, JsonNode filter) {
        return parse(table, filter, "filter");
    }

    /**
     * Parses {@code filter} on {@code table}, reporting errors under {@code location} (e.g.
     * {@code deep.comments.filter}). A missing filter or JSON null is "no condition".
     */
    public Filter parse(String table, JsonNode filter, String location) {
        Table root = schema.requireTable(table);
        if (filter == null || filter.isNull() || filter.isMissingNode()) {
            return Filter.all();
        }
        return object(filter, new Scope(root, null, null), location, 1, true);
    }

    private Filter object(JsonNode node, Scope scope, String location, int depth, boolean emptyAllowed) {
        if (depth > maxDepth) {
            throw new FilterException(location, "filter nests deeper than " + maxDepth + " levels");
        }
        if (!node.isObject()) {
            throw ValueReader.expected(location, "a filter object", node);
        }
        if (node.isEmpty()) {
            if (emptyAllowed) {
                return Filter.all();
            }
            throw new FilterException(location, "expected at least one condition, found {}");
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            parts.add(entry(entry.getKey(), entry.getValue(), scope, location, depth));
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    /** One key of a filter object; {@code parent} is the location of the object. */
    private Filter entry(String key, JsonNode value, Scope scope, String parent, int depth) {
        String location = parent + "." + key;
        switch (key) {
            case "_and":
                return new And(list(value, scope, location, depth, true));
            case "_or":
                return new Or(list(value, scope, location, depth, false));
            case "_not":
                return new Not(object(value, scope, location, depth + 1, false));
            default:
                break;
        }
        Optional<Column> column = scope.table().column(key);
        if (column.isPresent()) {
            Column c = column.get();
            if (!c.published()) {
                // Filtering on a hidden column would let a client probe its values one condition at a time.
                throw new FilterException(location, "field \"" + key + "\" of table \"" + scope.table().name()
                        + "\" is not readable");
            }
            Target target = new Target(c.type(), c.enumValues(), c.type().enfyraName() + " column \"" + key + "\"");
            return field(scope.pathTo(key), target, value, location);
        }
        Optional<Relation> relation = scope.table().relation(key);
        if (relation.isPresent()) {
            return relation(scope.pathTo(key), relation.get(), value, location, depth);
        }
        Optional<Operator> op = Operator.fromJsonName(key);
        if (op.isPresent()) {
            return relationIdCondition(scope, op.get(), value, location);
        }
        if (key.startsWith("_")) {
            throw new FilterException(parent, "unknown operator \"" + key + "\"" + suggestOperator(key, true));
        }
        throw new FilterException(location, "unknown field \"" + key + "\" on table \"" + scope.table().name()
                + "\"" + Suggest.didYouMean(key, readableFields(scope.table())));
    }

    /** Field names a client may use; hidden columns are never suggested. */
    private static List<String> readableFields(dev.enfyra.core.schema.Table table) {
        List<String> names = new ArrayList<>();
        table.columns().stream().filter(Column::published).forEach(c -> names.add(c.name()));
        table.relations().forEach(r -> names.add(r.propertyName()));
        return names;
    }

    private List<Filter> list(JsonNode value, Scope scope, String location, int depth, boolean emptyAllowed) {
        if (!value.isArray()) {
            throw ValueReader.expected(location, "an array of filter objects", value);
        }
        if (value.isEmpty() && !emptyAllowed) {
            throw new FilterException(location, "expected at least one filter, found []");
        }
        List<Filter> filters = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            filters.add(object(value.get(i), scope, location + "[" + i + "]", depth + 1, false));
        }
        return filters;
    }

    /** An operator directly inside a to-one relation's object tests the relation's id. */
    private Filter relationIdCondition(Scope scope, Operator op, JsonNode value, String location) {
        if (scope.via() == null) {
            String pk = scope.table().primaryKey().name();
            throw new FilterException(location, "operator \"" + op.jsonName() + "\" needs a field of table \""
                    + scope.table().name() + "\", e.g. {\"" + pk + "\": {\"" + op.jsonName() + "\": ...}}");
        }
        return condition(scope.prefix(), idTarget(scope.via(), scope.table()), op, value, location);
    }

    private Filter relation(FieldPath path, Relation relation, JsonNode value, String location, int depth) {
        Table target = schema.requireTable(relation.targetTable());
        if (relation.isToOne()) {
            if (!value.isObject()) {
                return field(path, idTarget(relation, target), value, location);
            }
            return object(value, new Scope(target, path, relation), location, depth + 1, false);
        }
        if (!value.isObject()) {
            throw ValueReader.expected(location, "a filter object on the rows of to-many relation \""
                    + relation.propertyName() + "\" (table \"" + target.name() + "\")", value);
        }
        return new Exists(path, object(value, new Scope(target, null, null), location, depth + 1, true));
    }

    /** A column, or a to-one relation tested by id: a value, null, or an object of operators. */
    private Filter field(FieldPath path, Target target, JsonNode value, String location) {
        if (value.isNull()) {
            return new Condition(path, Operator.IS_NULL, null);
        }
        if (!value.isObject()) {
            return condition(path, target, Operator.EQ, value, location);
        }
        if (value.isEmpty()) {
            throw new FilterException(location, "expected an operator such as {\"_eq\": ...}, found {}");
        }
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            Optional<Operator> op = Operator.fromJsonName(key);
            if (op.isEmpty()) {
                throw notAnOperator(key, target, location);
            }
            parts.add(condition(path, target, op.get(), entry.getValue(), location + "." + key));
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private static FilterException notAnOperator(String key, Target target, String location) {
        if (LOGICAL.contains(key)) {
            return new FilterException(location + "." + key, "\"" + key + "\" combines filters and cannot"
                    + " appear among the operators of " + target.description() + "; move it up a level");
        }
        return new FilterException(location, "unknown operator \"" + key + "\"" + suggestOperator(key, false));
    }

    private Filter condition(FieldPath path, Target target, Operator op, JsonNode value, String location) {
        if (!op.appliesTo(target.type())) {
            List<String> usable = Operator.applicableTo(target.type()).stream().map(Operator::jsonName).toList();
            throw new FilterException(location, "operator \"" + op.jsonName() + "\" does not apply to "
                    + target.description() + "; use one of " + String.join(", ", usable));
        }
        return switch (op.operand()) {
            case NONE -> nullCheck(path, op, value, location);
            case ONE -> single(path, target, op, value, location);
            case LIST -> new Condition(path, op, values(target, value, location, -1));
            case PAIR -> new Condition(path, op, values(target, value, location, 2));
        };
    }

    /** {@code _is_null: false} is {@code _is_not_null}, and the reverse. */
    private static Filter nullCheck(FieldPath path, Operator op, JsonNode value, String location) {
        if (!value.isBoolean()) {
            throw ValueReader.expected(location, "true or false", value);
        }
        boolean isNull = (op == Operator.IS_NULL) == value.booleanValue();
        return new Condition(path, isNull ? Operator.IS_NULL : Operator.IS_NOT_NULL, null);
    }

    private static Filter single(FieldPath path, Target target, Operator op, JsonNode value, String location) {
        if (value.isNull() && (op == Operator.EQ || op == Operator.NEQ)) {
            // "= NULL" is never TRUE in SQL; clients writing it mean the null check.
            return new Condition(path, op == Operator.EQ ? Operator.IS_NULL : Operator.IS_NOT_NULL, null);
        }
        if (value.isNull()) {
            throw new FilterException(location, "expected a value, found null; test NULL with \"_is_null\"");
        }
        return new Condition(path, op, ValueReader.read(target, value, location, op.isTextSearch()));
    }

    private List<Object> values(Target target, JsonNode value, String location, int exactSize) {
        if (exactSize >= 0 && (!value.isArray() || value.size() != exactSize)) {
            throw ValueReader.expected(location, "an array of exactly " + exactSize + " values [low, high]", value);
        }
        if (!value.isArray()) {
            throw ValueReader.expected(location, "an array", value);
        }
        if (value.size() > maxListSize) {
            throw new FilterException(location, "too many values: " + value.size() + ", at most " + maxListSize);
        }
        List<Object> values = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String at = location + "[" + i + "]";
            if (element.isNull()) {
                throw new FilterException(at, "expected a value, found null; test NULL with \"_is_null\"");
            }
            values.add(ValueReader.read(target, element, at, false));
        }
        return values;
    }

    private static Target idTarget(Relation relation, Table target) {
        Column pk = target.primaryKey();
        return new Target(pk.type(), pk.enumValues(), "relation \"" + relation.propertyName()
                + "\" (tested by its " + pk.type().enfyraName() + " id)");
    }

    private static String suggestOperator(String key, boolean logicalToo) {
        List<String> names = new ArrayList<>();
        for (Operator op : Operator.values()) {
            names.add(op.jsonName());
        }
        if (logicalToo) {
            names.addAll(LOGICAL);
        }
        return Suggest.didYouMean(key, names);
    }
}
