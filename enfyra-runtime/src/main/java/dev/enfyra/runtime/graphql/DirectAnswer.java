package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.http.JsonBodies;
import dev.enfyra.runtime.query.ReadResult;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Answers a {@link DirectPlan} for one request: its arguments coerced as graphql-java coerces
 * them, one engine read, and the answer written in selection order with the schema's own scalars,
 * byte for byte what graphql-java would answer. Whatever the plan cannot answer exactly (a
 * variable of an unexpected type, an operation name that does not match, a read that fails, a
 * null where the schema promises a value) gives up with {@link Fallback}, and graphql-java runs
 * the request and answers it, errors included.
 */
final class DirectAnswer {

    /** The request is graphql-java's to answer. Thrown before anything is sent. */
    static final class Fallback extends RuntimeException {
        static final Fallback INSTANCE = new Fallback();

        private Fallback() {
            super("answered by graphql-java", null, false, false);
        }
    }

    /** The variable types a plan reads: the root arguments' types, and String for a one-item sort. */
    private static final Set<String> READABLE = Set.of("JSON", "Int", "String", "UUID", "BigInt", "ID");
    private static final GraphQLContext CONTEXT = GraphQLContext.newContext().build();

    private DirectAnswer() {
    }

    /** Whether a variable declared with {@code type} can give a root argument of a plan. */
    static boolean readable(Type<?> type) {
        Type<?> t = type instanceof NonNullType n ? n.getType() : type;
        if (t instanceof ListType list) {
            Type<?> item = list.getType();
            return item instanceof NonNullType n && n.getType() instanceof TypeName name && name.getName().equals("String");
        }
        return t instanceof TypeName name && READABLE.contains(name.getName());
    }

    /** A literal argument as graphql-java coerces it for an argument of {@code type}. */
    static Object literal(Value<?> value, GraphQLInputType type) {
        if (value instanceof NullValue) {
            return null;
        }
        GraphQLType t = type instanceof GraphQLNonNull n ? n.getWrappedType() : type;
        if (t instanceof GraphQLList list) {
            List<Object> items = new ArrayList<>();
            if (value instanceof ArrayValue array) {
                array.getValues().forEach(v -> items.add(literal(v, (GraphQLInputType) list.getWrappedType())));
            } else {
                items.add(literal(value, (GraphQLInputType) list.getWrappedType()));
            }
            return items;
        }
        String name = ((GraphQLNamedType) t).getName();
        return switch (name) {
            case "JSON" -> Scalars.literal(value, CoercedVariables.emptyVariables());
            case "Int" -> value instanceof IntValue i ? i.getValue().intValueExact() : fallback();
            case "String" -> value instanceof StringValue s ? s.getValue() : fallback();
            default -> switch (value) {
                // The runtime's scalars keep a literal as it came.
                case StringValue s -> s.getValue();
                case IntValue i -> i.getValue();
                case FloatValue f -> f.getValue();
                default -> fallback();
            };
        };
    }

    /** A variable's value as graphql-java coerces it for the variable's declared type. */
    private static Object variable(Object value, Type<?> declared) {
        if (value == null) {
            return declared instanceof NonNullType ? fallback() : null;
        }
        Type<?> t = declared instanceof NonNullType n ? n.getType() : declared;
        if (t instanceof ListType) {
            if (value instanceof String s) {
                return List.of(s);
            }
            if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                return list;
            }
            return fallback();
        }
        return switch (((TypeName) t).getName()) {
            case "JSON" -> Scalars.toJson(value);
            case "Int" -> value instanceof Integer ? value : fallback();
            case "String" -> value instanceof String ? value : fallback();
            default -> value instanceof String || value instanceof Integer || value instanceof Long ? value : fallback();
        };
    }

    private static Object fallback() {
        throw Fallback.INSTANCE;
    }

    /**
     * The answer of {@code plan} to these variables: the read is done here, the writing when the
     * writer is called. Both may throw {@link Fallback}.
     */
    static JsonBodies.Writer answer(DirectPlan plan, EnfyraRuntime runtime, Map<String, Object> variables, String operationName) {
        if (operationName != null && !operationName.equals(plan.operationName)) {
            fallback();
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (DirectPlan.Arg arg : plan.arguments) {
            if (arg.variable() == null) {
                arguments.put(arg.name(), arg.literal());
            } else if (variables.containsKey(arg.variable())) {
                arguments.put(arg.name(), variable(variables.get(arg.variable()), arg.declared()));
            } else if (arg.declared() instanceof NonNullType) {
                fallback();
            }
        }
        ReadResult result;
        try {
            result = runtime.reads().read(plan.table.name(), spec(plan, runtime, arguments));
        } catch (RuntimeException e) {
            throw Fallback.INSTANCE;
        }
        return json -> {
            try {
                write(json, plan, result);
            } catch (RuntimeException e) {
                throw Fallback.INSTANCE;
            }
        };
    }

    private static QuerySpec spec(DirectPlan plan, EnfyraRuntime runtime, Map<String, Object> arguments) {
        if (plan.byId) {
            Object id = arguments.get("id");
            if (id == null) {
                fallback();
            }
            return TableFetchers.one(runtime, plan.table, plan.paths, JsonNodeFactory.instance.objectNode(),
                    runtime.writes().parseId(plan.table.name(), String.valueOf(id)));
        }
        return TableFetchers.listSpec(runtime, plan.table, arguments, plan.paths, JsonNodeFactory.instance.objectNode(), plan.meta);
    }

    private static void write(JsonGenerator json, DirectPlan plan, ReadResult result) throws IOException {
        json.writeStartObject();
        json.writeFieldName("data");
        json.writeStartObject();
        json.writeFieldName(plan.rootKey);
        List<Map<String, Object>> rows = result.data();
        if (plan.byId) {
            if (rows.isEmpty()) {
                json.writeNull();
            } else {
                object(json, plan.selection, rows.get(0));
            }
        } else {
            json.writeStartObject();
            for (DirectPlan.Selected s : plan.selection) {
                json.writeFieldName(s.key());
                switch (s.kind()) {
                    case TYPENAME -> json.writeString(s.typeName());
                    case SCALAR -> GraphQlJson.write(json, TableFetchers.metaJson(result.meta()));
                    default -> {
                        json.writeStartArray();
                        for (Map<String, Object> row : rows) {
                            object(json, s.children(), row);
                        }
                        json.writeEndArray();
                    }
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void object(JsonGenerator json, List<DirectPlan.Selected> selection, Map<String, Object> row) throws IOException {
        json.writeStartObject();
        for (DirectPlan.Selected s : selection) {
            json.writeFieldName(s.key());
            value(json, s, s.kind() == DirectPlan.Kind.TYPENAME ? null : row.get(s.name()));
        }
        json.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static void value(JsonGenerator json, DirectPlan.Selected s, Object value) throws IOException {
        if (s.kind() == DirectPlan.Kind.TYPENAME) {
            json.writeString(s.typeName());
            return;
        }
        Object v = s.kind() == DirectPlan.Kind.SCALAR_LIST ? GraphQlEngine.strings(value) : value;
        if (v == null) {
            if (s.nonNull()) {
                fallback();
            }
            json.writeNull();
            return;
        }
        switch (s.kind()) {
            case SCALAR -> {
                Object out = serialize(s, v);
                if (out == null && s.nonNull()) {
                    fallback();
                }
                GraphQlJson.write(json, out);
            }
            case OBJECT -> object(json, s.children(), (Map<String, Object>) v);
            default -> {
                json.writeStartArray();
                for (Object item : (List<Object>) v) {
                    if (item == null) {
                        fallback();
                    }
                    if (s.kind() == DirectPlan.Kind.SCALAR_LIST) {
                        Object out = serialize(s, item);
                        GraphQlJson.write(json, out == null ? fallback() : out);
                    } else {
                        object(json, s.children(), (Map<String, Object>) item);
                    }
                }
                json.writeEndArray();
            }
        }
    }

    /** A leaf value as its scalar writes it. */
    private static Object serialize(DirectPlan.Selected s, Object value) {
        return s.scalar().getCoercing().serialize(value, CONTEXT, Locale.getDefault());
    }
}
