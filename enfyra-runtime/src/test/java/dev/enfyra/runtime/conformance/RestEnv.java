package dev.enfyra.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.query.QueryParams;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import dev.enfyra.runtime.testing.TestServer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A server on a fresh database of one kind, seeded with a fixture, and the reference over the same rows. */
final class RestEnv implements AutoCloseable {

    final Kind kind;
    final Schema schema;
    final TestServer server;
    private Reference reference;

    private RestEnv(Kind kind, Schema schema, TestServer server) {
        this.kind = kind;
        this.schema = schema;
        this.server = server;
    }

    /** The conformance fixture on {@code kind}. */
    static RestEnv conformance(Kind kind, String purpose) {
        RestEnv env = start(kind, purpose, Fixture.SCHEMA);
        try {
            Fixture.seed(env.database(), env.runtime().writes(), Fixture.data());
        } catch (RuntimeException e) {
            env.close();
            throw e;
        }
        return env;
    }

    static RestEnv start(Kind kind, String purpose, Schema schema) {
        return new RestEnv(kind, schema, TestServer.start(schema, TestDatabases.config(kind, purpose)));
    }

    EnfyraRuntime runtime() {
        return server.server().runtime();
    }

    Database database() {
        return runtime().database();
    }

    /** The reference over the rows as they are now (read again after {@link #changed()}). */
    synchronized Reference reference() {
        if (reference == null) {
            reference = Reference.load(database(), schema);
        }
        return reference;
    }

    /** Call after a write: the next {@link #reference()} reads the database again. */
    synchronized void changed() {
        reference = null;
    }

    TestServer.Response get(String table, Map<String, String> params) {
        return server.get("/api/" + table, params);
    }

    /**
     * GETs {@code table} with {@code params} and compares the whole answer (data in order, and
     * meta) with the reference's; returns the difference, or null when they agree.
     */
    String compare(String table, Map<String, String> params) {
        TestServer.Response response = get(table, params);
        String request = "GET /" + table + " " + params;
        if (response.status() != 200) {
            return request + ": status " + response.status() + " " + response.body();
        }
        Map<String, List<String>> multi = new LinkedHashMap<>();
        params.forEach((k, v) -> multi.put(k, List.of(v)));
        QuerySpec spec = QueryParams.parse(schema, table, multi);
        ObjectNode expected = Answers.toJson(reference().run(table, spec));
        String diff = Answers.diff(expected, response.body(), floatColumns(table));
        return diff == null ? null : request + ": " + diff;
    }

    Set<String> floatColumns(String table) {
        Set<String> names = new HashSet<>();
        schema.requireTable(table).columns().stream().filter(c -> c.type() == DataType.FLOAT).forEach(c -> names.add(c.name()));
        return names;
    }

    /** The JSON body's {@code data} of a GET that must succeed. */
    JsonNode data(String table, Map<String, String> params) {
        TestServer.Response response = get(table, params);
        if (response.status() != 200) {
            throw new AssertionError("GET /" + table + " " + params + ": status " + response.status() + " " + response.body());
        }
        return response.body().get("data");
    }

    @Override
    public void close() {
        server.close();
    }
}
