package dev.enfyra.runtime.write;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Dialect;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/** The row statements of a write: INSERT, UPDATE, DELETE and an existence check, by primary key. */
final class Inserts {

    private final Handle handle;
    private final Dialect dialect;

    Inserts(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    /** Inserts {@code values} (column → {type, value}); returns the database-generated key, or null. */
    Object insert(Table table, Map<String, Object[]> values, boolean databaseKey) {
        StringBuilder columns = new StringBuilder();
        StringBuilder placeholders = new StringBuilder();
        for (Map.Entry<String, Object[]> e : values.entrySet()) {
            columns.append(columns.isEmpty() ? "" : ", ").append(q(e.getKey()));
            placeholders.append(placeholders.isEmpty() ? "" : ", ").append(dialect.values().placeholder((DataType) e.getValue()[0]));
        }
        String sql = "INSERT INTO " + q(table.name()) + " (" + columns + ") VALUES (" + placeholders + ")";
        try (Update update = handle.createUpdate(sql)) {
            bind(update, List.copyOf(values.values()), 0);
            if (!databaseKey) {
                update.execute();
                return null;
            }
            Column pk = table.primaryKey();
            return update.executeAndReturnGeneratedKeys(pk.name())
                    .map((rs, ctx) -> dialect.values().read(rs, 1, pk.type())).one();
        }
    }

    int update(Table table, Object id, Map<String, Object[]> values) {
        StringBuilder set = new StringBuilder();
        for (Map.Entry<String, Object[]> e : values.entrySet()) {
            set.append(set.isEmpty() ? "" : ", ").append(q(e.getKey())).append(" = ")
                    .append(dialect.values().placeholder((DataType) e.getValue()[0]));
        }
        Column pk = table.primaryKey();
        String sql = "UPDATE " + q(table.name()) + " SET " + set + " WHERE " + q(pk.name()) + " = " + dialect.values().placeholder(pk.type());
        try (Update update = handle.createUpdate(sql)) {
            bind(update, List.copyOf(values.values()), 0);
            bindOne(update, values.size(), pk.type(), id);
            return update.execute();
        }
    }

    int delete(Table table, Object id) {
        Column pk = table.primaryKey();
        try (Update update = handle.createUpdate("DELETE FROM " + q(table.name()) + " WHERE " + q(pk.name()) + " = "
                + dialect.values().placeholder(pk.type()))) {
            bindOne(update, 0, pk.type(), id);
            return update.execute();
        }
    }

    boolean exists(Table table, Object id) {
        Column pk = table.primaryKey();
        try (var query = handle.createQuery("SELECT 1 FROM " + q(table.name()) + " WHERE " + q(pk.name()) + " = "
                + dialect.values().placeholder(pk.type()))) {
            bindOne(query, 0, pk.type(), id);
            return query.mapTo(Integer.class).findOne().isPresent();
        }
    }

    private void bind(SqlStatement<?> statement, List<Object[]> values, int first) {
        for (int i = 0; i < values.size(); i++) {
            bindOne(statement, first + i, (DataType) values.get(i)[0], values.get(i)[1]);
        }
    }

    void bindOne(SqlStatement<?> statement, int index, DataType type, Object value) {
        Argument argument = (position, stmt, ctx) -> dialect.values().bind(stmt, position, type, value);
        statement.bind(index, argument);
    }

    private String q(String identifier) {
        return dialect.quoting().quote(identifier);
    }
}
