package dev.enfyra.runtime.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.write.WriteEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;

/**
 * Seed rows from {@code default-data.json} (packaged as {@value #RESOURCE}), inserted once, in
 * one transaction, right after the tables were created. Rows are validated like any create;
 * relations are given by id: uuid keys may be written in the file, int keys are 1, 2, 3… in file
 * order on the fresh tables. Tables are seeded in file order, so referenced rows come first.
 */
public final class DefaultData {

    public static final String RESOURCE = "META-INF/enfyra/default-data.json";
    private static final Logger LOG = Logger.getLogger(DefaultData.class.getName());

    private DefaultData() {
    }

    /** Inserts the seed rows found on the classpath, if any; returns how many. */
    public static int seed(Database db, Schema schema, ClassLoader loader) {
        JsonNode data = read(loader, RESOURCE);
        if (data == null) {
            return 0;
        }
        int rows = db.jdbi().inTransaction(handle -> seed(handle, db, schema, data));
        LOG.info(() -> "seeded " + rows + " rows from default-data.json");
        return rows;
    }

    /** Inserts {@code data}'s rows on {@code handle}, in the caller's transaction; returns how many. */
    public static int seed(Handle handle, Database db, Schema schema, JsonNode data) {
        WriteEngine writes = new WriteEngine(schema, db.dialect());
        int count = 0;
        for (Map.Entry<String, JsonNode> table : data.properties()) {
            if (table.getKey().startsWith("$")) {
                continue;
            }
            JsonNode value = table.getValue();
            for (JsonNode row : value.isArray() ? value : java.util.List.of(value)) {
                writes.seed(handle, table.getKey(), row);
                count++;
            }
        }
        return count;
    }

    /** A JSON resource of the application, or null when it has none. */
    public static JsonNode read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
