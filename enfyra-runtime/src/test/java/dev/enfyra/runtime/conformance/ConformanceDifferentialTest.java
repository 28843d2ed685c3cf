package dev.enfyra.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.filter.FilterEvaluator;
import dev.enfyra.core.filter.FilterParser;
import dev.enfyra.core.query.FieldSelection;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.SchemaBootstrap;
import dev.enfyra.runtime.query.QueryEngine;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import dev.enfyra.runtime.write.WriteEngine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Thousands of random filters ({@link FilterGenerator}, seeded; the seed is printed, and
 * {@code -Dconformance.seed=N} replays it) over the conformance fixture plus random rows: on
 * every database the query engine must return exactly the rows the in-memory evaluator accepts,
 * and every database holds the very same rows, so all of them and the reference agree. A
 * mismatch is shrunk to a smallest filter that still differs and printed with both id sets.
 */
class ConformanceDifferentialTest {

    private static final long DEFAULT_SEED = 20261122L;
    private static final int FILTERS = Integer.getInteger("conformance.filters", 5_000);
    private static final int SHOWN = 8;

    private static final long SEED = Long.getLong("conformance.seed", DEFAULT_SEED);
    private static final PerKind<Env> ENVS = new PerKind<>(Env::create);

    /** A database with the fixture and the rows drawn from the seed, and the reference over it. */
    record Env(Database db, QueryEngine engine, Reference reference) implements AutoCloseable {
        static Env create(Kind kind) {
            Database db = TestDatabases.open(kind, "differential");
            try {
                SchemaBootstrap.run(db, Fixture.SCHEMA);
                Fixture.seed(db, new WriteEngine(Fixture.SCHEMA, db.dialect()), RandomRows.fixture(SEED));
                return new Env(db, new QueryEngine(db, Fixture.SCHEMA), Reference.load(db, Fixture.SCHEMA));
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @AfterAll
    static void closeAll() throws Exception {
        ENVS.closeAll();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void randomFiltersAnswerAsTheReference(Kind kind) {
        System.out.println("differential filters on " + kind + ": seed " + SEED + " (replay with -Dconformance.seed=" + SEED + ")");
        Env env = ENVS.get(kind);
        if (kind != Kind.H2) {
            assertEquals(ENVS.get(Kind.H2).reference().plainData(), env.reference().plainData(),
                    "the rows read back from " + kind + " differ from H2's");
        }
        Schema schema = Fixture.SCHEMA;
        FilterParser parser = FilterParser.create(schema);
        FilterEvaluator evaluator = FilterEvaluator.create(schema);
        FilterGenerator generator = new FilterGenerator(SEED, schema, samples(env.reference()));
        List<String> reports = new ArrayList<>();
        int[] mismatches = {0};
        int[] nonEmpty = {0};
        int[] partial = {0};
        env.db().jdbi().useHandle(handle -> {
            for (int i = 0; i < FILTERS; i++) {
                String table = generator.table();
                ObjectNode json = generator.filter(table);
                Check check = new Check(handle, env, parser, evaluator, table);
                Result result = check.run(json);
                if (result.sql().size() > 0) {
                    nonEmpty[0]++;
                }
                if (result.sql().size() > 0 && result.sql().size() < env.reference().rows(table).size()) {
                    partial[0]++;
                }
                if (!result.same()) {
                    mismatches[0]++;
                    if (reports.size() < SHOWN) {
                        reports.add(check.report(i, json));
                    }
                }
            }
        });
        System.out.printf("differential filters on %s: %d filters, %d match some rows, %d split their table, %d differ%n",
                kind, FILTERS, nonEmpty[0], partial[0], mismatches[0]);
        assertEquals(0, mismatches[0], mismatches[0] + " of " + FILTERS + " filters differ on " + kind + " (seed " + SEED
                + "), shrunk:\n" + String.join("\n", reports));
        assertTrue(partial[0] > FILTERS / 3, "too few filters split their table: " + partial[0]);
    }

    /** Ids as text, numbers in numeric order. */
    private static final java.util.Comparator<String> ID_ORDER = (a, b) -> a.matches("-?\\d{1,18}") && b.matches("-?\\d{1,18}")
            ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);

    record Result(Set<String> sql, Set<String> reference, String error) {
        boolean same() {
            return error == null && sql.equals(reference);
        }
    }

    /** One table's filters on one database: run, compare, shrink. */
    private record Check(Handle handle, Env env, FilterParser parser, FilterEvaluator evaluator, String table) {

        Result run(JsonNode json) {
            Filter filter = parser.parse(table, json);
            Set<String> reference = new TreeSet<>(ID_ORDER);
            Table t = env.reference().schema().requireTable(table);
            String pk = t.primaryKey().name();
            for (Map<String, Object> row : env.reference().rows(table)) {
                if (evaluator.matches(table, filter, row)) {
                    reference.add(row.get(pk).toString());
                }
            }
            QuerySpec spec = new QuerySpec(filter, FieldSelection.parse(env.reference().schema(), table, pk), List.of(), 0, 1,
                    Set.of(), Map.of(), List.of());
            Set<String> sql = new TreeSet<>(ID_ORDER);
            try {
                env.engine().read(handle, table, spec).data().forEach(row -> sql.add(row.get(pk).toString()));
            } catch (RuntimeException e) {
                return new Result(sql, reference, e.toString());
            }
            return new Result(sql, reference, null);
        }

        /** Whether {@code json} parses and still differs. */
        boolean differs(JsonNode json) {
            try {
                return !run(json).same();
            } catch (RuntimeException invalid) {
                return false; // a shrink step made it invalid, e.g. {} under a to-one relation
            }
        }

        String report(int index, JsonNode original) {
            JsonNode smallest = Shrinker.shrink(original, this::differs);
            Result result = run(smallest);
            Set<String> onlySql = new TreeSet<>(ID_ORDER);
            onlySql.addAll(result.sql());
            onlySql.removeAll(result.reference());
            Set<String> onlyReference = new TreeSet<>(ID_ORDER);
            onlyReference.addAll(result.reference());
            onlyReference.removeAll(result.sql());
            return "#" + index + " on " + table + "\n  filter:  " + original + "\n  shrunk:  " + smallest
                    + (result.error() != null ? "\n  error:   " + result.error()
                            : "\n  SQL ids: " + result.sql() + "\n  ref ids: " + result.reference()
                                    + "\n  only SQL: " + onlySql + ", only reference: " + onlyReference);
        }
    }

    /** Per table and readable column, the distinct values of the rows in a fixed order: what the generator draws from. */
    private static Map<String, Map<String, List<Object>>> samples(Reference reference) {
        Map<String, Map<String, List<Object>>> samples = new LinkedHashMap<>();
        for (Table table : reference.schema().tables()) {
            Map<String, List<Object>> byColumn = new LinkedHashMap<>();
            for (Column column : table.columns()) {
                TreeMap<String, Object> distinct = new TreeMap<>();
                for (Map<String, Object> row : reference.rows(table.name())) {
                    Object value = row.get(column.name());
                    if (value != null) {
                        distinct.put(String.valueOf(Answers.canonical(value)), value);
                    }
                }
                byColumn.put(column.name(), new ArrayList<>(distinct.values()));
            }
            samples.put(table.name(), byColumn);
        }
        return samples;
    }

    /** Greedy shrinking of a filter's JSON: keep any smaller variant that still differs, until none does. */
    static final class Shrinker {
        private static final int MAX_STEPS = 400;

        static JsonNode shrink(JsonNode filter, java.util.function.Predicate<JsonNode> differs) {
            JsonNode current = filter;
            for (int step = 0; step < MAX_STEPS; step++) {
                JsonNode next = null;
                for (JsonNode candidate : smaller(current)) {
                    if (differs.test(candidate)) {
                        next = candidate;
                        break;
                    }
                }
                if (next == null) {
                    return current;
                }
                current = next;
            }
            return current;
        }

        /** Variants of {@code node} with one part removed or replaced by a part of it. */
        static List<JsonNode> smaller(JsonNode node) {
            List<JsonNode> out = new ArrayList<>();
            if (node.isObject()) {
                List<String> keys = new ArrayList<>();
                for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                    keys.add(it.next());
                }
                if (keys.size() > 1) {
                    for (String key : keys) {
                        ObjectNode only = ((ObjectNode) node).objectNode();
                        only.set(key, node.get(key));
                        out.add(only);
                    }
                }
                for (String key : keys) {
                    JsonNode value = node.get(key);
                    if ((key.equals("_and") || key.equals("_or")) && value.isArray()) {
                        value.forEach(out::add);
                    }
                    if (key.equals("_not")) {
                        out.add(value);
                    }
                    for (JsonNode smaller : smaller(value)) {
                        ObjectNode copy = ((ObjectNode) node).deepCopy();
                        copy.set(key, smaller);
                        out.add(copy);
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    ArrayNode without = ((ArrayNode) node).deepCopy();
                    without.remove(i);
                    out.add(without);
                }
                for (int i = 0; i < node.size(); i++) {
                    for (JsonNode smaller : smaller(node.get(i))) {
                        ArrayNode copy = ((ArrayNode) node).deepCopy();
                        copy.set(i, smaller);
                        out.add(copy);
                    }
                }
            }
            return out;
        }
    }
}
