package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.SqlTypes;

/**
 * Every character column carries the flavor's exact collation, so that equality, ordering and
 * foreign keys between string columns do not depend on the server's or the database's defaults.
 */
final class MySqlTypes implements SqlTypes {

    private final MySqlDialect.Flavor flavor;
    private final String collate;

    MySqlTypes(MySqlDialect.Flavor flavor) {
        this.flavor = flavor;
        this.collate = " COLLATE " + flavor.textCollation();
    }

    @Override
    public String columnType(Column column) {
        return switch (column.type()) {
            case INT -> "INT";
            case BIGINT -> "BIGINT";
            case FLOAT -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + column.precision() + ", " + column.scale() + ")";
            case VARCHAR -> "VARCHAR(" + (column.length() == null ? 255 : column.length()) + ")" + collate;
            // TEXT holds 64 KiB only; the other databases store any length, so LONGTEXT here too.
            case TEXT, CODE, RICHTEXT -> "LONGTEXT" + collate;
            case BOOLEAN -> "TINYINT(1)";
            case UUID -> "CHAR(36)" + collate;
            case DATE -> "DATE";
            // Without time zone: the runtime writes and reads UTC (see MySqlValues).
            case DATETIME, TIMESTAMP -> "DATETIME(3)";
            case ENUM -> "VARCHAR(255)" + collate;
            // MariaDB: the JSON_VALID check is added with the column (MySqlDdl).
            case ARRAY_SELECT, SIMPLE_JSON -> flavor.hasJsonType() ? "JSON" : "LONGTEXT" + collate;
            case OBJECT_ID -> "CHAR(24)" + collate;
        };
    }

    @Override
    public String referenceType(DataType keyType) {
        return switch (keyType) {
            case INT -> "INT";
            case BIGINT -> "BIGINT";
            case UUID -> "CHAR(36)" + collate;
            case OBJECT_ID -> "CHAR(24)" + collate;
            default -> "VARCHAR(255)" + collate;
        };
    }

    @Override
    public String primaryKeyDefinition(String quotedName, Column pk) {
        String type = pk.type() == DataType.VARCHAR ? columnType(pk) : referenceType(pk.type());
        String identity = databaseGeneratesKey(pk) ? " AUTO_INCREMENT" : "";
        return quotedName + " " + type + identity + " PRIMARY KEY";
    }
}
