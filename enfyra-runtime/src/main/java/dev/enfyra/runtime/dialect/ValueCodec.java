package dev.enfyra.runtime.dialect;

import dev.enfyra.core.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Values in and out of JDBC, per column type. Java values are those of the filter tree and the
 * generated records: Integer, Long, Double, BigDecimal, String, Boolean, UUID, LocalDate,
 * OffsetDateTime (UTC), and JSON as its text for simple-json and array-select.
 */
public interface ValueCodec {

    /** The placeholder for a value of {@code type}, e.g. {@code ?} or {@code CAST(? AS jsonb)}. */
    default String placeholder(DataType type) {
        return "?";
    }

    void bind(PreparedStatement statement, int index, DataType type, Object value) throws SQLException;

    /** The column's value, or null for SQL NULL. */
    Object read(ResultSet rows, int index, DataType type) throws SQLException;
}
