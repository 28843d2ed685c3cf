package dev.enfyra.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.TestSchemas;
import dev.enfyra.runtime.write.WriteEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The conformance fixture: {@code schemas/conformance.json} (NULL foreign keys, a RESTRICT
 * relation, a self relation, a one-to-one, one-to-many and many-to-many relations, a hidden
 * column, accented text) and its rows in {@code conformance/data.json}, written through the
 * runtime's own write path so that every database gets the same keys (1, 2, … in insertion
 * order; authors' uuids given).
 */
final class Fixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Schema SCHEMA = TestSchemas.load("conformance");

    /** The authors of {@code data.json}, by the name the tests use. */
    static final String ZOLA = "018f0000-0000-7000-8000-000000000003";
    static final String HUONG = "018f0000-0000-7000-8000-000000000001";
    static final String MANN = "018f0000-0000-7000-8000-000000000008";
    static final String ANONYMOUS = "018f0000-0000-7000-8000-000000000002";
    static final String ZOE = "018f0000-0000-7000-8000-000000000007";
    static final String EMILE = "018f0000-0000-7000-8000-000000000004";
    static final String LUDWIG = "018f0000-0000-7000-8000-000000000006";
    static final String NOBODY = "018f0000-0000-7000-8000-000000000005";

    private Fixture() {
    }

    /** {@code conformance/data.json}: rows by table, tables in insertion order. */
    static ObjectNode data() {
        return (ObjectNode) resource("/conformance/data.json");
    }

    static JsonNode resource(String path) {
        try (InputStream in = Fixture.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code data} (rows by table, as request bodies) in one transaction, through {@link WriteEngine#seed}. */
    static void seed(Database db, WriteEngine writes, JsonNode data) {
        db.jdbi().useTransaction(handle -> {
            for (Map.Entry<String, JsonNode> table : data.properties()) {
                for (JsonNode row : table.getValue()) {
                    writes.seed(handle, table.getKey(), row);
                }
            }
        });
    }
}
