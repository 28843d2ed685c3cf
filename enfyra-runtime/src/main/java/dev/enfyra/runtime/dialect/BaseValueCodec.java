package dev.enfyra.runtime.dialect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.schema.DataType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Plain JDBC for every type; dialects override uuid, date-time and JSON where their drivers
 * differ. JSON columns (simple-json, array-select) are Jackson {@link JsonNode}s in Java.
 */
public class BaseValueCodec implements ValueCodec {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void bind(PreparedStatement s, int i, DataType type, Object value) throws SQLException {
        if (value == null) {
            s.setNull(i, sqlType(type));
            return;
        }
        switch (type) {
            case INT -> s.setInt(i, ((Number) value).intValue());
            case BIGINT -> s.setLong(i, ((Number) value).longValue());
            case FLOAT -> s.setDouble(i, ((Number) value).doubleValue());
            case DECIMAL -> s.setBigDecimal(i, value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
            case BOOLEAN -> s.setBoolean(i, (Boolean) value);
            case UUID -> bindUuid(s, i, (UUID) value);
            case DATE -> s.setObject(i, value);
            case DATETIME, TIMESTAMP -> bindDateTime(s, i, ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC));
            case SIMPLE_JSON, ARRAY_SELECT -> s.setString(i, json(value));
            default -> s.setString(i, value.toString());
        }
    }

    @Override
    public Object read(ResultSet r, int i, DataType type) throws SQLException {
        Object value = switch (type) {
            case INT -> r.getInt(i);
            case BIGINT -> r.getLong(i);
            case FLOAT -> r.getDouble(i);
            case DECIMAL -> r.getBigDecimal(i);
            case BOOLEAN -> r.getBoolean(i);
            case UUID -> readUuid(r, i);
            case DATE -> r.getObject(i, LocalDate.class);
            case DATETIME, TIMESTAMP -> readDateTime(r, i);
            case SIMPLE_JSON, ARRAY_SELECT -> parse(r.getString(i));
            default -> r.getString(i);
        };
        return r.wasNull() ? null : value;
    }

    protected void bindUuid(PreparedStatement s, int i, UUID value) throws SQLException {
        s.setObject(i, value);
    }

    protected Object readUuid(ResultSet r, int i) throws SQLException {
        return r.getObject(i, UUID.class);
    }

    protected void bindDateTime(PreparedStatement s, int i, OffsetDateTime utc) throws SQLException {
        s.setObject(i, utc);
    }

    protected Object readDateTime(ResultSet r, int i) throws SQLException {
        OffsetDateTime value = r.getObject(i, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    protected static int sqlType(DataType type) {
        return switch (type) {
            case INT -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case FLOAT -> Types.DOUBLE;
            case DECIMAL -> Types.NUMERIC;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case DATETIME, TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
            case UUID -> Types.OTHER;
            default -> Types.VARCHAR;
        };
    }

    protected static String json(Object value) {
        try {
            return value instanceof JsonNode node ? node.toString() : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not representable as JSON: " + value.getClass().getName(), e);
        }
    }

    protected static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database returned invalid JSON", e);
        }
    }
}
