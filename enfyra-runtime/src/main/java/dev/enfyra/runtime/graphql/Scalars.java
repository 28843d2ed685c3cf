package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The custom scalars of the generated schema. Output values come from the query engine
 * (Long, BigDecimal, UUID, LocalDate, OffsetDateTime, JsonNode); input values are kept in the
 * JSON form the REST parsers read, since GraphQL arguments are handed to them as JSON.
 */
final class Scalars {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Scalars() {
    }

    static List<GraphQLScalarType> all() {
        return List.of(
                scalar("BigInt", "a whole number that may not fit in 32 bits", v -> v instanceof Number n ? n.longValue() : Long.valueOf(v.toString())),
                scalar("Decimal", "an exact decimal", v -> v instanceof BigDecimal d ? d : new BigDecimal(v.toString())),
                scalar("UUID", "a UUID", Object::toString),
                scalar("Date", "a date such as 2024-01-31", v -> v instanceof LocalDate d ? d.toString() : v.toString()),
                scalar("DateTime", "an ISO-8601 instant", v -> v instanceof OffsetDateTime t ? DateTimeFormatter.ISO_INSTANT.format(t) : v.toString()),
                json());
    }

    /** A scalar whose inputs stay as they came (strings, numbers) and whose outputs go through {@code out}. */
    private static GraphQLScalarType scalar(String name, String description, java.util.function.Function<Object, Object> out) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return out.apply(value);
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input;
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                return switch (input) {
                    case StringValue s -> s.getValue();
                    case IntValue i -> i.getValue();
                    case FloatValue f -> f.getValue();
                    default -> throw new CoercingParseLiteralException(name + ": expected a string or a number");
                };
            }
        }).build();
    }

    private static GraphQLScalarType json() {
        return GraphQLScalarType.newScalar().name("JSON").description("any JSON value").coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                // A JsonNode as it is (the response mapper writes it): converting it to plain
                // objects would read its decimals as doubles.
                return value;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return MAPPER.valueToTree(input);
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                return literal(input, variables);
            }
        }).build();
    }

    static JsonNode literal(Value<?> value, CoercedVariables variables) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (value) {
            case NullValue n -> nodes.nullNode();
            case StringValue s -> nodes.textNode(s.getValue());
            case IntValue i -> nodes.numberNode(i.getValue());
            case FloatValue f -> nodes.numberNode(f.getValue());
            case BooleanValue b -> nodes.booleanNode(b.isValue());
            case ArrayValue a -> {
                ArrayNode array = nodes.arrayNode();
                a.getValues().forEach(v -> array.add(literal(v, variables)));
                yield array;
            }
            case ObjectValue o -> {
                ObjectNode object = nodes.objectNode();
                o.getObjectFields().forEach(f -> object.set(f.getName(), literal(f.getValue(), variables)));
                yield object;
            }
            case VariableReference v -> MAPPER.valueToTree(variables.get(v.getName()));
            default -> throw new CoercingParseLiteralException("JSON: unsupported value " + value);
        };
    }

    static JsonNode toJson(Object value) {
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }

    static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }
}
