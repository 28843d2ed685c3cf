package dev.enfyra.runtime.query;

import dev.enfyra.runtime.dialect.ValueCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;

/**
 * Runs one SELECT on the handle's connection with plain JDBC: the engine's SQL is final (every
 * {@code ?} is a placeholder, identifiers come from the schema, values are bound by the
 * dialect's codec), so there is nothing for a SQL parser or template engine to do. Jdbi still
 * owns the handle and its transaction.
 */
public final class Statements {

    private static final AtomicLong EXECUTED = new AtomicLong();

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** A SELECT that failed in the database; the SQL stays in the server's log, never in an answer. */
    public static final class SelectFailed extends RuntimeException {
        SelectFailed(String sql, SQLException cause) {
            super("SELECT failed: " + sql, cause);
        }
    }

    private Statements() {
    }

    /** How many SELECTs the query engine has run in this JVM: what tests count to prove batching. */
    public static long executed() {
        return EXECUTED.get();
    }

    static <T> List<T> select(Handle handle, ValueCodec codec, String sql, SqlParams params, RowReader<T> reader) {
        EXECUTED.incrementAndGet();
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            params.bindTo(statement, codec);
            List<T> out = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(reader.read(rows));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SelectFailed(sql, e);
        }
    }
}
