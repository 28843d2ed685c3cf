package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseValueCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * uuid as its 36-character text; date-times as a LocalDateTime in UTC in a DATETIME, which no
 * driver or server shifts, so neither the session's nor the JVM's time zone matters; JSON as text.
 */
final class MySqlValues extends BaseValueCodec {

    @Override
    public void bind(PreparedStatement s, int i, DataType type, Object value) throws SQLException {
        if (value == null) {
            s.setNull(i, nullType(type));
            return;
        }
        super.bind(s, i, type, value);
    }

    private static int nullType(DataType type) {
        return switch (type) {
            case UUID, SIMPLE_JSON, ARRAY_SELECT -> Types.VARCHAR;
            case DATETIME, TIMESTAMP -> Types.TIMESTAMP;
            case BOOLEAN -> Types.TINYINT;
            default -> sqlType(type);
        };
    }

    @Override
    protected void bindUuid(PreparedStatement s, int i, UUID value) throws SQLException {
        s.setString(i, value.toString());
    }

    @Override
    protected Object readUuid(ResultSet r, int i) throws SQLException {
        String text = r.getString(i);
        return text == null ? null : UUID.fromString(text);
    }

    @Override
    protected void bindDateTime(PreparedStatement s, int i, OffsetDateTime utc) throws SQLException {
        s.setObject(i, utc.toLocalDateTime());
    }

    @Override
    protected Object readDateTime(ResultSet r, int i) throws SQLException {
        LocalDateTime utc = r.getObject(i, LocalDateTime.class);
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
    }
}
