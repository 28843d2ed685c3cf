package dev.enfyra.runtime.query;

import dev.enfyra.runtime.dialect.ValueCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Runs one SELECT through Jdbi with the dialect's value binding, reading rows with a reader of our own. */
final class Statements {

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private Statements() {
    }

    static <T> List<T> select(Handle handle, ValueCodec codec, String sql, SqlParams params, RowReader<T> reader) {
        try (Query query = handle.createQuery(sql)) {
            params.bindTo(query, codec);
            return query.scanResultSet((supplier, ctx) -> {
                List<T> out = new ArrayList<>();
                try (ResultSet rows = supplier.get()) {
                    while (rows.next()) {
                        out.add(reader.read(rows));
                    }
                }
                return out;
            });
        }
    }
}
