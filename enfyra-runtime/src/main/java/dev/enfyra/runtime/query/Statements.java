package dev.enfyra.runtime.query;

import dev.enfyra.runtime.dialect.ValueCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/** Runs one SELECT through Jdbi with the dialect's value binding, reading rows with a reader of our own. */
final class Statements {

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * The engine's SQL is final: every {@code ?} is a placeholder (identifiers come from the
     * schema, values are bound). Jdbi's own parser lexes string literals with a backslash as an
     * escape, so H2's text search, {@code LIKE ? ESCAPE '\'}, twice in one WHERE hid the
     * {@code ?} between the two literals ("Superfluous positional param"); this one does not lex.
     */
    private static final SqlParser PLACEHOLDERS = new SqlParser() {
        @Override
        public ParsedSql parse(String sql, StatementContext ctx) {
            ParsedSql.Builder parsed = ParsedSql.builder();
            int from = 0;
            for (int at = sql.indexOf('?'); at >= 0; at = sql.indexOf('?', from)) {
                parsed.append(sql.substring(from, at)).appendPositionalParameter();
                from = at + 1;
            }
            return parsed.append(sql.substring(from)).build();
        }

        @Override
        public String nameParameter(String rawName, StatementContext ctx) {
            throw new UnsupportedOperationException("the engine binds by position only");
        }
    };

    private Statements() {
    }

    static <T> List<T> select(Handle handle, ValueCodec codec, String sql, SqlParams params, RowReader<T> reader) {
        try (Query query = handle.createQuery(sql)) {
            query.getConfig(SqlStatements.class).setSqlParser(PLACEHOLDERS).setTemplateEngine(TemplateEngine.NOP);
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
