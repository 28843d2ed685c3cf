package dev.enfyra.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.testing.SharedData;
import dev.enfyra.core.testing.SnapshotFixtureReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enfyra's own filter oracle: 10,000 filters its integration tests run, each with the ids its
 * reference evaluator returns. Every one must parse and evaluate to exactly those ids, and
 * survive a round trip through {@link FilterJson}.
 */
class FilterOracleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXPECTED_CASES = 10_000;

    private static Schema schema;
    private static List<Map<String, Object>> extensions;
    private static List<String> cases;

    @BeforeAll
    static void load() throws IOException {
        Path folder = SharedData.folder("enfyra-data/filter-oracle");
        schema = SnapshotFixtureReader.read(JSON.readTree(folder.resolve("snapshot.json").toFile()));
        extensions = rows(JSON.readTree(folder.resolve("rows.json").toFile()));
        cases = Files.readAllLines(folder.resolve("cases.jsonl")).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void everyCaseMatchesExactlyTheExpectedIds() {
        FilterParser parser = FilterParser.create(schema);
        FilterEvaluator evaluator = FilterEvaluator.create(schema);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode testCase = FilterJson.readTree(cases.get(i), "case " + (i + 1));
            Filter filter = parser.parse("extensions", testCase.get("filter"));
            List<Integer> expected = new ArrayList<>();
            testCase.get("expectedIds").forEach(id -> expected.add(id.intValue()));
            List<Integer> actual = new ArrayList<>();
            for (Map<String, Object> row : extensions) {
                if (evaluator.matches("extensions", filter, row)) {
                    actual.add((Integer) row.get("id"));
                }
            }
            if (!actual.equals(expected)) {
                failures.add("line " + (i + 1) + ": " + testCase.get("filter") + " expected " + expected + " got " + actual);
            }
        }
        assertEquals(EXPECTED_CASES, cases.size(), "number of oracle cases");
        assertTrue(failures.isEmpty(), failures.size() + " cases differ, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void everyCaseSurvivesTheJsonRoundTrip() {
        FilterParser parser = FilterParser.create(schema);
        for (String line : cases) {
            Filter filter = parser.parse("extensions", FilterJson.readTree(line, "case").get("filter"));
            JsonNode written = FilterJson.readTree(FilterJson.toJson(filter), "written");
            assertEquals(filter, parser.parse("extensions", written), line);
        }
    }

    /** The extension rows, with {@code menu} and {@code owner} joined to their rows as nested maps. */
    private static List<Map<String, Object>> rows(JsonNode rows) {
        Map<Integer, Map<String, Object>> menus = byId(rows.get("menus"));
        Map<Integer, Map<String, Object>> users = byId(rows.get("users"));
        List<Map<String, Object>> result = new ArrayList<>();
        for (JsonNode node : rows.get("extensions")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", node.get("id").intValue());
            row.put("title", node.get("title").textValue());
            row.put("prio", node.get("prio").intValue());
            row.put("menu", node.get("menu").isNull() ? null : menus.get(node.get("menu").intValue()));
            row.put("owner", node.get("owner").isNull() ? null : users.get(node.get("owner").intValue()));
            result.add(row);
        }
        return result;
    }

    private static Map<Integer, Map<String, Object>> byId(JsonNode rows) {
        Map<Integer, Map<String, Object>> byId = new LinkedHashMap<>();
        for (JsonNode node : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            node.properties().forEach(e -> row.put(e.getKey(),
                    e.getValue().isInt() ? (Object) e.getValue().intValue() : e.getValue().textValue()));
            byId.put(node.get("id").intValue(), row);
        }
        return byId;
    }
}
