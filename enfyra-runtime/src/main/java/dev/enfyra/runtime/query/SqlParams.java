package dev.enfyra.runtime.query;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.ValueCodec;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** The bound values of one statement, in placeholder order, each with the type that decides how it binds. */
final class SqlParams {

    record Param(DataType type, Object value) {
    }

    private final List<Param> params = new ArrayList<>();

    /** Adds a value and returns its placeholder. */
    String add(ValueCodec codec, DataType type, Object value) {
        params.add(new Param(type, value));
        return codec.placeholder(type);
    }

    void addAll(SqlParams other) {
        params.addAll(other.params);
    }

    /** Binds every value as a Jdbi argument that defers to the dialect's codec. */
    void bindTo(SqlStatement<?> statement, ValueCodec codec) {
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            Argument argument = (position, stmt, ctx) -> codec.bind(stmt, position, p.type(), p.value());
            statement.bind(i, argument);
        }
    }

    int size() {
        return params.size();
    }
}
