package dev.enfyra.runtime.write;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Dialect;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/** The junction rows of a many-to-many: a write replaces the whole set of links of one row. */
final class Links {

    private final Handle handle;
    private final Schema schema;
    private final Dialect dialect;

    Links(Handle handle, Schema schema, Dialect dialect) {
        this.handle = handle;
        this.schema = schema;
        this.dialect = dialect;
    }

    /** Returns the number of links written. */
    int replace(Table source, Relation relation, Object id, List<Object> ids) {
        DataType sourceType = source.primaryKey().type();
        DataType targetType = schema.requireTable(relation.targetTable()).primaryKey().type();
        String junction = q(relation.junctionTable());
        Inserts statements = new Inserts(handle, dialect);
        try (Update delete = handle.createUpdate("DELETE FROM " + junction + " WHERE " + q(relation.junctionSourceColumn())
                + " = " + dialect.values().placeholder(sourceType))) {
            statements.bindOne(delete, 0, sourceType, id);
            delete.execute();
        }
        if (ids.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO " + junction + " (" + q(relation.junctionSourceColumn()) + ", "
                + q(relation.junctionTargetColumn()) + ") VALUES (" + dialect.values().placeholder(sourceType) + ", "
                + dialect.values().placeholder(targetType) + ")");
        for (Object target : ids) {
            statements.bindOne(batch, 0, sourceType, id);
            statements.bindOne(batch, 1, targetType, target);
            batch.add();
        }
        return batch.execute().length;
    }

    private String q(String identifier) {
        return dialect.quoting().quote(identifier);
    }
}
