package dev.enfyra.runtime.query;

import dev.enfyra.runtime.dialect.ValueCodec;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a row of a shape from the current result row, starting at a given column index. */
final class RowReading {

    private RowReading() {
    }

    static Row read(ValueCodec codec, Shape shape, ResultSet rs, int first) throws SQLException {
        Object[] values = new Object[shape.fetched.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = codec.read(rs, first + i, shape.fetched.get(i).type());
        }
        return new Row(shape, values);
    }
}
