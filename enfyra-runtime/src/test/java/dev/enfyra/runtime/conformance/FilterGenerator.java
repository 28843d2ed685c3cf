package dev.enfyra.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.filter.Operator;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random filters in Enfyra's JSON form over a schema: nested {@code _and}/{@code _or}/{@code _not},
 * every operator in each of its spellings ({@code {f: v}}, {@code {f: null}}, {@code _nin},
 * {@code _eq: null}, {@code _is_null: false}, several operators on one field), to-one paths
 * (also ending at a relation's id), and to-many relations as EXISTS. Values are mostly taken from
 * the rows, so that conditions split them, and otherwise drawn: accented and cased variants,
 * literal {@code %} and {@code _}, date-times in other offsets and with microseconds.
 */
final class FilterGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;
    private static final int MAX_HOPS = 3;
    private static final List<String> PATTERNS = List.of("%", "_", "a%b", "a_b", "50%", "5_0", "\\", "'", "é", "E", "ss",
            "ß", "oe", "œ", "", " ", "ç", "Ç", "ü", "UBER", "москва", "МОСКВА", "lodz", "ÆRØ", "it's", "_0", "%_");
    private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-5, -30),
            ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12));

    private final Random rnd;
    private final Schema schema;
    /** Per table and column, the distinct non-null values of the rows, in a fixed order. */
    private final Map<String, Map<String, List<Object>>> samples;

    FilterGenerator(long seed, Schema schema, Map<String, Map<String, List<Object>>> samples) {
        this.rnd = new Random(seed);
        this.schema = schema;
        this.samples = samples;
    }

    /** The table a filter is about: books most often, every table sometimes. */
    String table() {
        int r = rnd.nextInt(100);
        if (r < 55) {
            return "books";
        }
        if (r < 75) {
            return "authors";
        }
        if (r < 87) {
            return "reviews";
        }
        return List.of("cities", "tags", "countries", "profiles", "series").get(rnd.nextInt(5));
    }

    ObjectNode filter(String table) {
        return node(schema.requireTable(table), 0, 0);
    }

    private ObjectNode node(Table table, int depth, int hops) {
        int r = rnd.nextInt(100);
        if (depth >= MAX_DEPTH || r < 35) {
            return leaf(table, hops);
        }
        if (r < 47) {
            return logical("_and", table, depth, hops, rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(3));
        }
        if (r < 59) {
            return logical("_or", table, depth, hops, 1 + rnd.nextInt(3));
        }
        if (r < 69) {
            return object("_not", node(table, depth + 1, hops));
        }
        if (r < 81) {
            List<Relation> toOne = table.relations().stream().filter(Relation::isToOne).toList();
            if (hops < MAX_HOPS && !toOne.isEmpty()) {
                Relation relation = pick(toOne);
                return object(relation.propertyName(), node(schema.requireTable(relation.targetTable()), depth + 1, hops + 1));
            }
            return leaf(table, hops);
        }
        if (r < 93) {
            List<Relation> toMany = table.relations().stream().filter(rel -> !rel.isToOne()).toList();
            if (toMany.isEmpty()) {
                return leaf(table, hops);
            }
            Relation relation = pick(toMany);
            ObjectNode inner = rnd.nextInt(8) == 0 ? NODES.objectNode() : node(schema.requireTable(relation.targetTable()), depth + 1, 0);
            return object(relation.propertyName(), inner);
        }
        // Several keys in one object: an implicit AND (distinct keys, or the JSON would repeat one).
        ObjectNode merged = leaf(table, hops);
        ObjectNode other = leaf(table, hops);
        other.properties().forEach(e -> {
            if (!merged.has(e.getKey())) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private ObjectNode logical(String name, Table table, int depth, int hops, int children) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < children; i++) {
            array.add(node(table, depth + 1, hops));
        }
        ObjectNode node = NODES.objectNode();
        node.set(name, array);
        return node;
    }

    private ObjectNode leaf(Table table, int hops) {
        List<Relation> toOne = table.relations().stream().filter(Relation::isToOne).toList();
        if (!toOne.isEmpty() && rnd.nextInt(5) == 0) {
            Relation relation = pick(toOne);
            Table target = schema.requireTable(relation.targetTable());
            return object(relation.propertyName(), condition(target.name(), target.primaryKey().name(), target.primaryKey()));
        }
        List<Column> columns = table.columns().stream().filter(Column::published)
                .filter(c -> !c.name().equals("createdAt") && !c.name().equals("updatedAt")).toList();
        Column column = pick(columns);
        return object(column.name(), condition(table.name(), column.name(), column));
    }

    /** What goes under the field's key: a value, null, or an object of one or more operators. */
    private JsonNode condition(String table, String field, Column column) {
        DataType type = column.type();
        int r = rnd.nextInt(100);
        if (r < 8) {
            return value(table, field, column);
        }
        if (r < 12) {
            return NODES.nullNode();
        }
        ObjectNode ops = NODES.objectNode();
        int count = rnd.nextInt(8) == 0 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            Operator op = pick(Operator.applicableTo(type));
            String name = op == Operator.NOT_IN && rnd.nextBoolean() ? "_nin" : op.jsonName();
            if (ops.has(name) || name.equals("_nin") && ops.has("_not_in") || name.equals("_not_in") && ops.has("_nin")) {
                continue;
            }
            ops.set(name, operand(op, table, field, column));
        }
        return ops;
    }

    private JsonNode operand(Operator op, String table, String field, Column column) {
        return switch (op.operand()) {
            case NONE -> NODES.booleanNode(rnd.nextInt(4) != 0);
            case ONE -> {
                if (op.isTextSearch()) {
                    yield NODES.textNode(pattern(table, field));
                }
                if ((op == Operator.EQ || op == Operator.NEQ) && rnd.nextInt(25) == 0) {
                    yield NODES.nullNode();
                }
                yield value(table, field, column);
            }
            case LIST -> {
                ArrayNode list = NODES.arrayNode();
                int size = rnd.nextInt(6) == 0 ? 0 : 1 + rnd.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(value(table, field, column));
                }
                yield list;
            }
            case PAIR -> {
                ArrayNode pair = NODES.arrayNode();
                pair.add(value(table, field, column));
                pair.add(value(table, field, column));
                yield pair;
            }
        };
    }

    /** Mostly a value of the rows; else one drawn for the type. */
    private JsonNode value(String table, String field, Column column) {
        List<Object> seen = samples.getOrDefault(table, Map.of()).getOrDefault(field, List.of());
        Object value = !seen.isEmpty() && rnd.nextInt(10) < 7 ? pick(seen) : null;
        return switch (column.type()) {
            case INT -> value != null ? NODES.numberNode((Integer) value) : NODES.numberNode(rnd.nextInt(1400) - 100);
            case BIGINT -> {
                long v = value != null ? ((Number) value).longValue() : rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(2000) - 10;
                yield rnd.nextInt(5) == 0 ? NODES.textNode(Long.toString(v)) : NODES.numberNode(v);
            }
            case FLOAT -> NODES.numberNode(value != null ? (Double) value : rnd.nextInt(121) / 20.0 - 0.75);
            case DECIMAL -> {
                BigDecimal v = value != null ? (BigDecimal) value : BigDecimal.valueOf(rnd.nextInt(4_000_000) - 200_000, 2 + rnd.nextInt(2));
                yield rnd.nextInt(4) == 0 ? NODES.textNode(v.toPlainString()) : NODES.numberNode(v);
            }
            case BOOLEAN -> NODES.booleanNode(value != null ? (Boolean) value : rnd.nextBoolean());
            case UUID -> NODES.textNode(value != null ? value.toString() : new UUID(rnd.nextLong(), rnd.nextLong()).toString());
            case DATE -> NODES.textNode((value != null ? (LocalDate) value : LocalDate.ofEpochDay(-60_000 + rnd.nextInt(110_000))).toString());
            case DATETIME, TIMESTAMP -> NODES.textNode(dateTime(value != null ? ((OffsetDateTime) value).toInstant() : null));
            case ENUM -> NODES.textNode(pick(column.enumValues()));
            case VARCHAR, TEXT, CODE, RICHTEXT, OBJECT_ID -> NODES.textNode(value != null ? variant((String) value)
                    : pick(RandomRows.WORDS));
            case ARRAY_SELECT, SIMPLE_JSON -> throw new IllegalStateException("no operator takes a value of " + column.type());
        };
    }

    /** The same instant in another offset, a millisecond off, or with microseconds, as often as not. */
    private String dateTime(Instant instant) {
        Instant at = instant != null ? instant : Instant.ofEpochSecond(-5_000_000_000L + (long) (rnd.nextDouble() * 9e9));
        int r = rnd.nextInt(10);
        if (r == 0) {
            at = at.plusMillis(rnd.nextBoolean() ? 1 : -1);
        } else if (r == 1) {
            at = at.plusNanos(rnd.nextBoolean() ? 500_000 : -1_000);
        }
        if (rnd.nextInt(6) == 0) {
            return at.atOffset(ZoneOffset.UTC).toLocalDateTime().toString(); // no offset: read as UTC
        }
        return at.atOffset(pick(OFFSETS)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Text equal to a value, or nearly: another case, accents removed, a character more or less. */
    private String variant(String text) {
        return switch (rnd.nextInt(8)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            case 2 -> Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            case 3 -> text + " ";
            default -> text;
        };
    }

    /** A part of a value, changed as a client might type it, or a pattern with wildcard characters. */
    private String pattern(String table, String field) {
        List<Object> seen = samples.getOrDefault(table, Map.of()).getOrDefault(field, List.of());
        if (seen.isEmpty() || rnd.nextInt(4) == 0) {
            return pick(PATTERNS);
        }
        String text = pick(seen).toString();
        int[] points = text.codePoints().toArray();
        int from = points.length == 0 ? 0 : rnd.nextInt(points.length);
        int to = from + (points.length == from ? 0 : rnd.nextInt(Math.min(6, points.length - from) + 1));
        String part = new String(points, from, to - from);
        return switch (rnd.nextInt(6)) {
            case 0 -> part.toUpperCase(Locale.ROOT);
            case 1 -> Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            case 2 -> part.isEmpty() ? "%" : part.substring(0, part.length() - 1) + (rnd.nextBoolean() ? "%" : "_");
            default -> part;
        };
    }

    private ObjectNode object(String key, JsonNode value) {
        ObjectNode node = NODES.objectNode();
        node.set(key, value);
        return node;
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
