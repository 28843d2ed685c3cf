package dev.enfyra.runtime.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import java.util.stream.Collectors;

/**
 * Literals written into DDL (defaults, CHECK lists). They come from the compiled schema, never
 * from a request, and are quoted all the same.
 */
public final class SqlLiterals {

    private SqlLiterals() {
    }

    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code CHECK ("status" IN ('draft', 'published'))} for an enum column; empty otherwise. */
    public static String enumCheck(String quotedColumn, Column column) {
        if (column.type() != DataType.ENUM) {
            return "";
        }
        return " CHECK (" + quotedColumn + " IN ("
                + column.enumValues().stream().map(SqlLiterals::string).collect(Collectors.joining(", ")) + "))";
    }

    /**
     * The literal default of a column, or null when it has none; {@code booleans} writes
     * true/false in the database's form.
     */
    public static String defaultValue(Column column, String trueLiteral, String falseLiteral) {
        if (column.defaultNow()) {
            return column.type() == DataType.DATE ? "CURRENT_DATE" : "CURRENT_TIMESTAMP";
        }
        JsonNode value = column.defaultValue();
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case BOOLEAN -> value.asBoolean() ? trueLiteral : falseLiteral;
            case INT, BIGINT, FLOAT, DECIMAL -> value.decimalValue().toPlainString();
            case SIMPLE_JSON, ARRAY_SELECT -> string(value.toString());
            default -> string(value.asText());
        };
    }
}
