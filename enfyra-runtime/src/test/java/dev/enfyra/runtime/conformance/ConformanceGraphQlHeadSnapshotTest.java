package dev.enfyra.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.emit.EmitOptions;
import dev.enfyra.codegen.emit.Generator;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.conformance.ConformanceGraphQlReadTest.Gql;
import dev.enfyra.runtime.graphql.GraphQlEngine;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Enfyra's own HEAD snapshot ({@code enfyra-data/snapshot.json} in the shared data folder; a
 * visible skip where it is absent, a failure under {@code CI=true}): the SDL the generator writes
 * for it is accepted by {@link GraphQlEngine} over an H2 database created from the same schema,
 * and every table answers a list query and a query by key through GraphQL as it answers through
 * REST, with a row written in every table that takes one (every column filled: JSON,
 * array-select, enum, date, uuid…).
 */
class ConformanceGraphQlHeadSnapshotTest {

    private static String snapshot() throws IOException {
        Path file = SharedData.folder("enfyra-data").resolve("snapshot.json");
        if (!Files.isRegularFile(file)) {
            String reason = "Enfyra's snapshot not found at " + file;
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + "; under CI=true it is required");
            }
            Assumptions.abort(reason);
        }
        return Files.readString(file);
    }

    private static String sdl(String json) {
        var model = Frontend.compile(SnapshotInput.of(new SchemaSource("snapshot.json", json))).value();
        return new Generator(model, EmitOptions.of("t"), NamingStrategy.DEFAULT).generate().stream()
                .filter(f -> f.path().endsWith("schema.graphqls")).findFirst().orElseThrow().content();
    }

    @Test
    void enfyrasOwnSchemaAnswersEveryTable() throws Exception {
        String json = snapshot();
        Schema schema = TestSchemas.fromJson("snapshot.json", json);
        String sdl = sdl(json);
        try (TestServer server = TestServer.start(schema, TestDatabases.config(Kind.H2, "gql_head"), sdl)) {
            Gql env = Gql.of(Kind.H2, schema, server);
            // The engine takes the SDL, wired to every table's fetchers.
            GraphQlEngine engine = new GraphQlEngine(env.runtime(), sdl, GraphQlEngine.Limits.DEFAULT);
            Map<String, Object> queries = engine.execute("{ __schema { queryType { fields { name } } } }", Map.of(), null);
            Map<String, Object> mutations = engine.execute("{ __schema { mutationType { fields { name } } } }", Map.of(), null);
            assertFalse(queries.containsKey("errors") || mutations.containsKey("errors"), queries + " " + mutations);
            String listed = queries.toString() + mutations;
            for (Table table : schema.tables()) {
                for (String field : List.of(table.name(), table.name() + "_by_id", "create_" + table.name(), "update_" + table.name(),
                        "delete_" + table.name())) {
                    assertTrue(listed.contains("name=" + field + "}"), field);
                }
            }

            Map<String, Object> keys = seed(env, schema);
            System.out.println("GraphQL HEAD snapshot: rows written in " + keys.size() + " of " + schema.tables().size() + " tables");
            assertTrue(keys.size() >= schema.tables().size() * 2 / 3, "rows written in only " + keys.size() + " of "
                    + schema.tables().size() + " tables: " + keys.keySet());

            List<String> failures = new ArrayList<>();
            for (Table table : schema.tables()) {
                Gql.Outcome list = env.compare(table.name(), Map.of("limit", "0", "meta", "*"), false);
                failures.addAll(list.failures());
                Object key = keys.get(table.name());
                if (key == null) {
                    continue;
                }
                // The typed filter of every table, on its key, in every form (and the JSON one).
                String filter = "{\"" + table.primaryKey().name() + "\": " + Gql.JSON.valueToTree(key) + "}";
                Gql.Outcome byFilter = env.compare(table.name(), Map.of("filter", filter, "limit", "0"), false);
                failures.addAll(byFilter.failures());
                TestServer.Response rest = server.get("/api/" + table.name() + "/" + key);
                assertEquals(200, rest.status(), String.valueOf(rest.body()));
                Gql.Query query = new Gql.Query(schema, Gql.Mode.FILTER_VARIABLE);
                String type = key instanceof String ? "UUID" : "Int";
                String text = "query($id: " + type + "!) { " + table.name() + "_by_id(id: $id) "
                        + query.selection(table, Gql.shape(schema, table, List.of(rest.body().get("data"))), null) + " }";
                JsonNode answer = env.graphql(text, Gql.JSON.createObjectNode().set("id", Gql.JSON.valueToTree(key)));
                String diff = answer.has("errors") ? Gql.cut(answer.toString())
                        : Answers.diff(Gql.sortedKeys(rest.body().get("data")), Gql.sortedKeys(answer.get("data").get(table.name() + "_by_id")));
                if (diff != null) {
                    failures.add(table.name() + "_by_id: " + diff);
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    /**
     * Descriptions come from the snapshot as they are: line breaks, quotes, backslashes and
     * control characters must still make an SDL the engine reads, the text kept (line breaks as
     * spaces).
     */
    @Test
    void descriptionsOfAnyTextStillMakeAReadableSchema() {
        String table = "line one\r\nline two \"q\" \\ back\u0007bell \"\"\" end";
        String id = "cr\ronly\ttab";
        String body = "\\u0041 is not an escape; \"\"\"block\"\"\"";
        ObjectNode notes = Gql.JSON.createObjectNode().put("name", "notes").put("description", table);
        notes.putArray("columns").add(Gql.JSON.createObjectNode().put("name", "id").put("type", "int").put("isPrimary", true)
                .put("isGenerated", true).put("isNullable", false).put("description", id))
                .add(Gql.JSON.createObjectNode().put("name", "body").put("type", "text").put("description", body));
        String json = Gql.JSON.createObjectNode().set("notes", notes).toString();
        Schema schema = TestSchemas.fromJson("notes.json", json);
        try (TestServer server = TestServer.start(schema, TestDatabases.config(Kind.H2, "gql_descriptions"), sdl(json))) {
            Gql env = Gql.of(Kind.H2, schema, server);
            JsonNode type = Gql.data(env.graphql("{ __type(name: \"notes\") { description fields { name description } } }"), "__type");
            assertEquals(table.replace("\r\n", " "), type.get("description").asText());
            assertEquals(id.replace('\r', ' '), type.get("fields").get(0).get("description").asText());
            assertEquals(body, type.get("fields").get(1).get("description").asText());
            assertEquals(0, Gql.data(env.graphql("{ notes { data { id body } } }"), "notes").get("data").size());
        }
    }

    /**
     * One row per table, through REST, every column filled and every owning relation pointing
     * at a row written before; tables wait for the tables their required relations need. A
     * field the server refuses for a reason that is not its value (not writable) is left out and
     * the row tried again. Returns the keys by table.
     */
    private static Map<String, Object> seed(Gql env, Schema schema) {
        Map<String, Object> keys = new LinkedHashMap<>();
        Map<String, Set<String>> leaveOut = new LinkedHashMap<>();
        for (int round = 0; round < 12; round++) {
            boolean progress = false;
            for (Table table : schema.tables()) {
                if (keys.containsKey(table.name())) {
                    continue;
                }
                ObjectNode body = body(schema, table, keys, leaveOut.computeIfAbsent(table.name(), t -> new HashSet<>()));
                if (body == null) {
                    continue; // a required relation whose target has no row yet
                }
                TestServer.Response response = env.server.post("/api/" + table.name(), body.toString());
                if (response.status() == 201) {
                    JsonNode id = response.body().get("data").get(table.primaryKey().name());
                    keys.put(table.name(), id.isTextual() ? id.asText() : (Object) id.intValue());
                    progress = true;
                } else if (response.status() == 422) {
                    response.body().get("error").get("details").forEach(d -> leaveOut.get(table.name()).add(d.get("field").asText()));
                    progress = true;
                }
            }
            if (!progress) {
                break;
            }
        }
        return keys;
    }

    private static ObjectNode body(Schema schema, Table table, Map<String, Object> keys, Set<String> leaveOut) {
        ObjectNode body = Gql.JSON.createObjectNode();
        int n = 0;
        for (Column column : table.columns()) {
            if (column.generated() || column.defaultNow() || leaveOut.contains(column.name())) {
                continue;
            }
            n++;
            switch (column.type()) {
                case INT -> body.put(column.name(), n);
                case BIGINT -> body.put(column.name(), 9_007_199_254_740_993L);
                case FLOAT -> body.put(column.name(), 1.5);
                case DECIMAL -> body.put(column.name(), "1.5");
                case BOOLEAN -> body.put(column.name(), n % 2 == 0);
                case UUID -> body.put(column.name(), "018f0000-0000-7000-8000-0000000000" + String.format("%02d", n % 100));
                case DATE -> body.put(column.name(), "2024-02-29");
                case DATETIME, TIMESTAMP -> body.put(column.name(), "2024-01-31T12:00:00.123+01:00");
                case ENUM -> body.put(column.name(), column.enumValues().get(column.enumValues().size() - 1));
                case ARRAY_SELECT -> {
                    ArrayNode values = body.putArray(column.name());
                    column.enumValues().stream().limit(2).forEach(values::add);
                }
                case SIMPLE_JSON -> body.set(column.name(), Gql.parse("{\"list\": [1, \"two\", null, true], \"n\": 0.1000000000000000000001, \"é\": {}}"));
                case OBJECT_ID -> body.put(column.name(), "507f1f77bcf86cd7994390" + String.format("%02d", n % 100));
                default -> {
                    String text = table.name() + "." + column.name() + " ü 😀";
                    body.put(column.name(), column.length() != null && column.length() < text.length()
                            ? text.substring(text.length() - column.length()) : text);
                }
            }
        }
        for (Relation relation : table.relations()) {
            if (leaveOut.contains(relation.propertyName())) {
                continue;
            }
            Object target = keys.get(relation.targetTable());
            boolean owning = relation.isToOne() && relation.foreignKeyColumn() != null;
            if (owning && target != null) {
                body.set(relation.propertyName(), Gql.JSON.valueToTree(target));
            } else if (owning && !relation.nullable() && !relation.targetTable().equals(table.name())) {
                return null;
            } else if (relation.kind() == RelationKind.MANY_TO_MANY && target != null) {
                body.putArray(relation.propertyName()).add(Gql.JSON.valueToTree(target));
            }
        }
        return body;
    }
}
