package dev.enfyra.runtime.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.filter.FilterParser;
import dev.enfyra.core.query.FieldSelection;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.DefaultData;
import dev.enfyra.runtime.query.QueryEngine;
import dev.enfyra.runtime.write.WriteEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;

/**
 * The data half of a release, after the schema is migrated: {@code default-data.json} seeded
 * once, on the install that created the tables; {@code data-migration.json} applied once per
 * content (its SHA-256 is recorded), so an edited file runs again and an unchanged one never
 * does. Each runs in one transaction together with the row that records it.
 */
final class DataMigrations {

    static final String DATA_MIGRATION_RESOURCE = "META-INF/enfyra/data-migration.json";
    static final String DEFAULT_DATA = "default-data.json";
    static final String DATA_MIGRATION = "data-migration.json";
    /** The default-data row's checksum while the seed is still owed (the install created the tables, no seed yet). */
    static final String OWED = "0".repeat(64);

    private static final Logger LOG = Logger.getLogger(DataMigrations.class.getName());

    private final Database db;
    private final Schema schema;
    private final ClassLoader loader;
    private final MigrationState state;

    DataMigrations(Database db, Schema schema, ClassLoader loader, MigrationState state) {
        this.db = db;
        this.schema = schema;
        this.loader = loader;
        this.state = state;
    }

    /** Called before the first migration of an empty database: the seed becomes owed, until it is done. */
    void owedOnInstall(Connection c) throws SQLException {
        if (state.dataChecksum(c, DEFAULT_DATA) == null) {
            state.markData(c, DEFAULT_DATA, OWED);
        }
    }

    /** The data files still to apply. */
    List<String> pending(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        if (OWED.equals(state.dataChecksum(c, DEFAULT_DATA))) {
            out.add(DEFAULT_DATA);
        }
        JsonNode migration = DefaultData.read(loader, DATA_MIGRATION_RESOURCE);
        if (migration != null && !CanonicalJson.hash(migration).equals(state.dataChecksum(c, DATA_MIGRATION))) {
            out.add(DATA_MIGRATION);
        }
        return out;
    }

    void apply(Connection c) throws SQLException {
        List<String> pending = pending(c);
        if (pending.contains(DEFAULT_DATA)) {
            JsonNode seed = DefaultData.read(loader, DefaultData.RESOURCE);
            int rows = db.jdbi().inTransaction(h -> {
                int n = seed == null ? 0 : DefaultData.seed(h, db, schema, seed);
                state.markData(h.getConnection(), DEFAULT_DATA, seed == null ? CanonicalJson.sha256("") : CanonicalJson.hash(seed));
                return n;
            });
            LOG.info(() -> "seeded " + rows + " rows from default-data.json");
        }
        if (pending.contains(DATA_MIGRATION)) {
            JsonNode migration = DefaultData.read(loader, DATA_MIGRATION_RESOURCE);
            String summary = db.jdbi().inTransaction(h -> {
                String done = migrate(h, migration);
                state.markData(h.getConnection(), DATA_MIGRATION, CanonicalJson.hash(migration));
                return done;
            });
            LOG.info(() -> "applied data-migration.json: " + summary);
        }
    }

    private String migrate(Handle h, JsonNode file) {
        WriteEngine writes = new WriteEngine(schema, db.dialect());
        QueryEngine reads = new QueryEngine(db, schema);
        int deleted = 0;
        int updated = 0;
        for (JsonNode table : file.path("_deletedTables")) {
            if (schema.table(table.asText()).isPresent()) {
                deleted += h.createUpdate("DELETE FROM " + db.dialect().quoting().quote(table.asText())).execute();
            } else {
                LOG.info(() -> "data-migration.json: _deletedTables names " + table.asText() + ", which the schema does not have");
            }
        }
        for (JsonNode entry : file.path("_deletedRecords")) {
            String table = entry.path("table").asText();
            for (Object id : ids(h, reads, table, entry.get("filter"), "_deletedRecords")) {
                writes.delete(h, table, id);
                deleted++;
            }
        }
        for (Map.Entry<String, JsonNode> table : file.properties()) {
            if (table.getKey().startsWith("_") || table.getKey().startsWith("$")) {
                continue;
            }
            JsonNode rows = table.getValue();
            for (JsonNode row : rows.isArray() ? rows : List.of(rows)) {
                updated += update(h, reads, writes, table.getKey(), row);
            }
        }
        return updated + " rows updated, " + deleted + " deleted";
    }

    /** Updates the one row {@code _unique} finds; none found is skipped (the row is gone), several is an error. */
    private int update(Handle h, QueryEngine reads, WriteEngine writes, String table, JsonNode row) {
        List<Object> ids = ids(h, reads, table, row.get("_unique"), table + "._unique");
        if (ids.size() > 1) {
            throw new MigrationException(MigrationException.Code.DATA_FAILED, "data-migration.json: the _unique filter "
                    + row.get("_unique") + " of " + table + " matches " + ids.size() + " rows; it must pick one");
        }
        if (ids.isEmpty()) {
            LOG.info(() -> "data-migration.json: no " + table + " row matches " + row.get("_unique") + "; skipped");
            return 0;
        }
        ObjectNode body = ((ObjectNode) row).deepCopy();
        body.properties().removeIf(e -> e.getKey().startsWith("_"));
        writes.update(h, table, ids.get(0), body);
        return 1;
    }

    private List<Object> ids(Handle h, QueryEngine reads, String table, JsonNode filterJson, String where) {
        if (schema.table(table).isEmpty() || filterJson == null || !filterJson.isObject() || filterJson.isEmpty()) {
            throw new MigrationException(MigrationException.Code.DATA_FAILED, "data-migration.json: " + where
                    + " needs a table of the schema and a non-empty filter; found " + table + " " + filterJson);
        }
        Filter filter = FilterParser.create(schema).parse(table, filterJson, where);
        String key = schema.requireTable(table).primaryKey().name();
        QuerySpec spec = new QuerySpec(filter, FieldSelection.parse(schema, table, key), List.of(), 0, 1, Set.of(), Map.of(), List.of());
        return reads.read(h, table, spec).data().stream().map(r -> r.get(key)).toList();
    }
}
