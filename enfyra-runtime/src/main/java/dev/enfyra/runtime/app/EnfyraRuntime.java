package dev.enfyra.runtime.app;

import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.query.QueryEngine;
import dev.enfyra.runtime.write.WriteEngine;

/** What request handlers share: the schema, the database, and the engines that read and write it. */
public final class EnfyraRuntime implements AutoCloseable {

    private final Schema schema;
    private final Database database;
    private final RuntimeConfig config;
    private final QueryEngine reads;
    private final WriteEngine writes;

    public EnfyraRuntime(Schema schema, Database database, RuntimeConfig config) {
        this.schema = schema;
        this.database = database;
        this.config = config;
        this.reads = new QueryEngine(database, schema);
        this.writes = new WriteEngine(schema, database.dialect());
    }

    public Schema schema() {
        return schema;
    }

    public RuntimeConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public QueryEngine reads() {
        return reads;
    }

    public WriteEngine writes() {
        return writes;
    }

    @Override
    public void close() {
        database.close();
    }
}
