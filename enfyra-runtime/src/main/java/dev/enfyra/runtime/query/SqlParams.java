package dev.enfyra.runtime.query;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.ValueCodec;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /** Binds every value straight on a JDBC statement (placeholders count from 1). */
    void bindTo(PreparedStatement statement, ValueCodec codec) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            codec.bind(statement, i + 1, p.type(), p.value());
        }
    }

    int size() {
        return params.size();
    }
}
