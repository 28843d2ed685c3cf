package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseValueCodec;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

final class H2Values extends BaseValueCodec {

    /** Without FORMAT JSON, H2 stores a bound string as a JSON string value, not as the document it holds. */
    @Override
    public String placeholder(DataType type) {
        return type == DataType.SIMPLE_JSON || type == DataType.ARRAY_SELECT ? "? FORMAT JSON" : "?";
    }

    @Override
    public void bind(PreparedStatement s, int i, DataType type, Object value) throws SQLException {
        if (value == null && (type == DataType.SIMPLE_JSON || type == DataType.ARRAY_SELECT)) {
            s.setNull(i, Types.VARCHAR);
            return;
        }
        super.bind(s, i, type, value);
    }

    @Override
    public Object read(ResultSet r, int i, DataType type) throws SQLException {
        if (type == DataType.SIMPLE_JSON || type == DataType.ARRAY_SELECT) {
            byte[] bytes = r.getBytes(i);
            return bytes == null ? null : parse(new String(bytes, StandardCharsets.UTF_8));
        }
        return super.read(r, i, type);
    }
}
