package dev.enfyra.runtime.graphql;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.Type;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan of a simple query that can be answered straight from the query engine, without
 * graphql-java's field-by-field execution: one query operation with one root field (a table's
 * list or by-id field), plain fields, no fragments, directives or repeated fields, no arguments
 * below the root, and root arguments among {@code filter}, {@code sort}, {@code page},
 * {@code limit} and {@code id}, each a literal or a variable. {@link #of} answers null for any
 * other document, which graphql-java then runs as always.
 *
 * <p>A plan is only made for a document graphql-java has already run without an error, so it is
 * known valid and within the depth and complexity limits (which, without directives and fragments,
 * cannot change with the variables).
 */
final class DirectPlan {

    /** The arguments a plan takes; any other (where, aggregate) leaves the document to graphql-java. */
    private static final Set<String> LIST_ARGUMENTS = Set.of("filter", "sort", "page", "limit");

    /** What one selected field is. */
    enum Kind { TYPENAME, SCALAR, SCALAR_LIST, OBJECT, OBJECT_LIST }

    /**
     * One selected field: its result key, its name (the column or relation, the key of the row
     * map), what it is, whether null breaks the schema, the scalar that writes a leaf, the type
     * name an object answers to {@code __typename}, and its own selection.
     */
    record Selected(String key, String name, Kind kind, boolean nonNull, GraphQLScalarType scalar, String typeName,
            List<Selected> children) {
    }

    /**
     * A root argument: its value coerced once from its literal, or the variable that gives it and
     * the type that variable is declared with.
     */
    record Arg(String name, Object literal, String variable, Type<?> declared) {
    }

    final String operationName;
    final Table table;
    /** True for {@code <table>_by_id}, false for the list field {@code <table>}. */
    final boolean byId;
    final String rootKey;
    final List<Arg> arguments;
    /** For a list field: the selection of its result type ({@code data}, {@code meta}, {@code __typename}). For by-id: the row's. */
    final List<Selected> selection;
    /** The REST field paths of the rows' selection. */
    final List<String> paths;
    final boolean meta;

    private DirectPlan(String operationName, Table table, boolean byId, String rootKey, List<Arg> arguments,
            List<Selected> selection, List<String> paths, boolean meta) {
        this.operationName = operationName;
        this.table = table;
        this.byId = byId;
        this.rootKey = rootKey;
        this.arguments = arguments;
        this.selection = selection;
        this.paths = paths;
        this.meta = meta;
    }

    /** The plan of {@code document}, or null when it is not simple enough to be answered directly. */
    static DirectPlan of(Document document, GraphQLSchema graphql, Schema schema) {
        if (document.getDefinitions().size() != 1 || !(document.getDefinitions().get(0) instanceof OperationDefinition op)
                || op.getOperation() != OperationDefinition.Operation.QUERY || !op.getDirectives().isEmpty()
                || op.getSelectionSet().getSelections().size() != 1
                || !(op.getSelectionSet().getSelections().get(0) instanceof Field root) || !plain(root)) {
            return null;
        }
        Map<String, VariableDefinition> variables = new LinkedHashMap<>();
        for (VariableDefinition v : op.getVariableDefinitions()) {
            if (v.getDefaultValue() != null || !v.getDirectives().isEmpty()) {
                return null;
            }
            variables.put(v.getName(), v);
        }
        boolean byId = root.getName().endsWith("_by_id");
        String tableName = byId ? root.getName().substring(0, root.getName().length() - "_by_id".length()) : root.getName();
        Table table = schema.table(tableName).orElse(null);
        GraphQLFieldDefinition field = graphql.getQueryType().getFieldDefinition(root.getName());
        if (table == null || field == null) {
            return null;
        }
        List<Arg> arguments = new ArrayList<>();
        for (Argument argument : root.getArguments()) {
            boolean known = byId ? argument.getName().equals("id") : LIST_ARGUMENTS.contains(argument.getName());
            Arg arg = known ? arg(argument, field.getArgument(argument.getName()).getType(), variables) : null;
            if (arg == null) {
                return null;
            }
            arguments.add(arg);
        }
        List<String> paths = new ArrayList<>();
        if (byId) {
            GraphQLObjectType rowType = objectType(field.getType());
            List<Selected> rows = rowType == null ? null : rows(root.getSelectionSet().getSelections(), rowType, table, schema, "", paths);
            return rows == null ? null : new DirectPlan(op.getName(), table, true, root.getResultKey(), arguments, rows, paths, false);
        }
        GraphQLObjectType resultType = objectType(field.getType());
        if (resultType == null) {
            return null;
        }
        List<Selected> selection = new ArrayList<>();
        boolean meta = false;
        for (Selection<?> s : root.getSelectionSet().getSelections()) {
            if (!(s instanceof Field f) || !plain(f) || !f.getArguments().isEmpty() || seen(selection, f)) {
                return null;
            }
            switch (f.getName()) {
                case "__typename" -> selection.add(typename(f, resultType));
                case "meta" -> {
                    selection.add(new Selected(f.getResultKey(), "meta", Kind.SCALAR, false,
                            (GraphQLScalarType) resultType.getFieldDefinition("meta").getType(), null, List.of()));
                    meta = true;
                }
                case "data" -> {
                    GraphQLObjectType rowType = objectType(resultType.getFieldDefinition("data").getType());
                    List<Selected> rows = f.getSelectionSet() == null || rowType == null ? null
                            : rows(f.getSelectionSet().getSelections(), rowType, table, schema, "", paths);
                    if (rows == null) {
                        return null;
                    }
                    selection.add(new Selected(f.getResultKey(), "data", Kind.OBJECT_LIST, true, null, rowType.getName(), rows));
                }
                default -> {
                    return null;
                }
            }
        }
        return new DirectPlan(op.getName(), table, false, root.getResultKey(), arguments, selection, paths, meta);
    }

    /**
     * The plan of a row's selection, or null; {@code paths} receives the REST field paths, as
     * {@link Selections#collect} would write them.
     */
    private static List<Selected> rows(List<Selection> selections, GraphQLObjectType type, Table table, Schema schema,
            String prefix, List<String> paths) {
        List<Selected> nodes = new ArrayList<>();
        for (Selection<?> s : selections) {
            if (!(s instanceof Field f) || !plain(f) || !f.getArguments().isEmpty() || seen(nodes, f)) {
                return null;
            }
            if (f.getName().equals("__typename")) {
                nodes.add(typename(f, type));
                continue;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(f.getName());
            if (definition == null) {
                return null;
            }
            boolean nonNull = definition.getType() instanceof GraphQLNonNull;
            GraphQLType unwrapped = nonNull ? ((GraphQLNonNull) definition.getType()).getWrappedType() : definition.getType();
            Column column = table.column(f.getName()).filter(Column::published).orElse(null);
            if (column != null) {
                Selected leaf = leaf(f, column, unwrapped, nonNull);
                if (leaf == null) {
                    return null;
                }
                nodes.add(leaf);
                paths.add(prefix + column.name());
                continue;
            }
            Relation relation = table.relation(f.getName()).orElse(null);
            GraphQLObjectType target = objectType(definition.getType());
            if (relation == null || target == null || f.getSelectionSet() == null) {
                return null;
            }
            Table targetTable = schema.requireTable(relation.targetTable());
            int before = paths.size();
            List<Selected> children = rows(f.getSelectionSet().getSelections(), target, targetTable, schema,
                    prefix + relation.propertyName() + ".", paths);
            if (children == null) {
                return null;
            }
            if (paths.size() == before) {
                paths.add(prefix + relation.propertyName() + "." + targetTable.primaryKey().name());
            }
            boolean list = unwrapped instanceof GraphQLList;
            if (list == relation.isToOne()) {
                return null;
            }
            nodes.add(new Selected(f.getResultKey(), relation.propertyName(), list ? Kind.OBJECT_LIST : Kind.OBJECT, nonNull, null,
                    target.getName(), children));
        }
        return nodes;
    }

    /** A column's field: a scalar, or an array-select's list of strings; null for any other shape. */
    private static Selected leaf(Field f, Column column, GraphQLType type, boolean nonNull) {
        if (type instanceof GraphQLScalarType scalar && column.type() != DataType.ARRAY_SELECT) {
            return new Selected(f.getResultKey(), column.name(), Kind.SCALAR, nonNull, scalar, null, List.of());
        }
        if (type instanceof GraphQLList list && column.type() == DataType.ARRAY_SELECT
                && list.getWrappedType() instanceof GraphQLNonNull item && item.getWrappedType() instanceof GraphQLScalarType scalar) {
            return new Selected(f.getResultKey(), column.name(), Kind.SCALAR_LIST, nonNull, scalar, null, List.of());
        }
        return null;
    }

    private static Selected typename(Field f, GraphQLObjectType type) {
        return new Selected(f.getResultKey(), "__typename", Kind.TYPENAME, true, null, type.getName(), List.of());
    }

    /** The object type of a field, through its non-null and list wrappers (one list at most); null for anything else. */
    private static GraphQLObjectType objectType(GraphQLOutputType type) {
        GraphQLType t = type;
        int lists = 0;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            if (t instanceof GraphQLList) {
                lists++;
            }
            t = t instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) t).getWrappedType();
        }
        return lists <= 1 && t instanceof GraphQLObjectType object ? object : null;
    }

    /** A field without directives. */
    private static boolean plain(Field f) {
        return f.getDirectives().isEmpty();
    }

    /** Whether a field of this name or result key is already in the selection: merging is left to graphql-java. */
    private static boolean seen(List<Selected> nodes, Field f) {
        Set<String> taken = new HashSet<>();
        nodes.forEach(n -> {
            taken.add(n.key());
            taken.add(n.name());
        });
        return taken.contains(f.getResultKey()) || taken.contains(f.getName());
    }

    /** A root argument given as a literal without variables, or as a variable of a type a plan can read; else null. */
    private static Arg arg(Argument argument, graphql.schema.GraphQLInputType type, Map<String, VariableDefinition> variables) {
        Value<?> value = argument.getValue();
        if (value instanceof VariableReference ref) {
            VariableDefinition definition = variables.get(ref.getName());
            return definition == null || !DirectAnswer.readable(definition.getType()) ? null
                    : new Arg(argument.getName(), null, ref.getName(), definition.getType());
        }
        if (hasVariable(value)) {
            return null;
        }
        try {
            return new Arg(argument.getName(), DirectAnswer.literal(value, type), null, null);
        } catch (DirectAnswer.Fallback e) {
            return null;
        }
    }

    private static boolean hasVariable(Node<?> node) {
        if (node instanceof VariableReference) {
            return true;
        }
        for (Node<?> child : node.getChildren()) {
            if (hasVariable(child)) {
                return true;
            }
        }
        return false;
    }
}
