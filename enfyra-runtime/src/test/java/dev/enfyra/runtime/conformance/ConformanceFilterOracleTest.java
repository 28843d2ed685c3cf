package dev.enfyra.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Update;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enfyra's filter oracle through the REST API, on every database: its snapshot served, its rows
 * inserted with their ids, and each of its 10,000 filters sent as {@code GET /extensions?filter=…}
 * must return exactly the ids Enfyra's reference evaluator returns (see the oracle's README).
 */
class ConformanceFilterOracleTest {

    private static final String FOLDER = "enfyra-data/filter-oracle";
    private static final int EXPECTED_CASES = 10_000;

    private static final PerKind<RestEnv> ENVS = new PerKind<>(ConformanceFilterOracleTest::start);

    @AfterAll
    static void closeAll() throws Exception {
        ENVS.closeAll();
    }

    private static RestEnv start(Kind kind) {
        Path folder = SharedData.folder(FOLDER);
        Schema schema = TestSchemas.fromJson("snapshot.json", read(folder.resolve("snapshot.json")));
        RestEnv env = RestEnv.start(kind, "oracle", schema);
        try {
            insert(env.database(), schema, Fixture.JSON.readTree(read(folder.resolve("rows.json"))));
        } catch (IOException | RuntimeException e) {
            env.close();
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
        return env;
    }

    /** The rows with their own ids (menus 1, 88, 99, 100), relations by id: plain INSERTs, as a database made by Enfyra holds them. */
    private static void insert(Database db, Schema schema, JsonNode rows) {
        Quoting q = db.dialect().quoting();
        db.jdbi().useTransaction(h -> {
            for (String name : List.of("menus", "users", "extensions")) {
                Table table = schema.requireTable(name);
                for (JsonNode row : rows.get(name)) {
                    List<String> columns = new ArrayList<>();
                    List<Object> values = new ArrayList<>();
                    row.properties().forEach(e -> {
                        String column = table.relation(e.getKey()).map(r -> r.foreignKeyColumn()).orElse(e.getKey());
                        columns.add(q.quote(column));
                        values.add(e.getValue().isNull() ? null : e.getValue().isInt() ? e.getValue().intValue() : e.getValue().asText());
                    });
                    String sql = "INSERT INTO " + q.quote(name) + " (" + String.join(", ", columns) + ") VALUES ("
                            + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                    try (Update update = h.createUpdate(sql)) {
                        for (int i = 0; i < values.size(); i++) {
                            if (values.get(i) == null) {
                                update.bindNull(i, java.sql.Types.INTEGER);
                            } else {
                                update.bind(i, values.get(i));
                            }
                        }
                        update.execute();
                    }
                }
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyCaseReturnsExactlyTheExpectedIds(Kind kind) throws IOException {
        List<String> cases = Files.readAllLines(SharedData.folder(FOLDER).resolve("cases.jsonl")).stream()
                .filter(line -> !line.isBlank()).toList();
        assertEquals(EXPECTED_CASES, cases.size(), "number of oracle cases");
        RestEnv env = ENVS.get(kind);
        assertEquals(6, env.data("extensions", Map.of("limit", "0")).size(), "the oracle's rows");
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode testCase = Fixture.JSON.readTree(cases.get(i));
            String filter = testCase.get("filter").toString();
            TestServer.Response response = env.get("extensions", Map.of("filter", filter, "fields", "id", "limit", "0"));
            List<Integer> expected = new ArrayList<>();
            testCase.get("expectedIds").forEach(id -> expected.add(id.intValue()));
            if (response.status() != 200) {
                failures.add("line " + (i + 1) + ": " + filter + " -> status " + response.status() + " " + response.body());
                continue;
            }
            List<Integer> actual = new ArrayList<>();
            response.body().get("data").forEach(row -> actual.add(row.get("id").intValue()));
            if (!actual.equals(expected)) {
                failures.add("line " + (i + 1) + ": " + filter + " expected " + expected + " got " + actual);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("filter oracle on %s: %d cases in %d ms, %d differ%n", kind, cases.size(), millis, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases differ on " + kind + ", first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
