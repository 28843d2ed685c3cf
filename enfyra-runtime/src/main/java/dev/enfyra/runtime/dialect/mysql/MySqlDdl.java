package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseDdl;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SqlLiterals;
import dev.enfyra.runtime.dialect.SqlTypes;
import java.util.List;

final class MySqlDdl extends BaseDdl {

    private final MySqlDialect.Flavor flavor;

    MySqlDdl(Quoting quoting, SqlTypes types, MySqlDialect.Flavor flavor) {
        super(quoting, types);
        this.flavor = flavor;
    }

    /** Nothing: text search uses a built-in collation. */
    @Override
    public List<String> setup() {
        return List.of();
    }

    /**
     * As the base, with two differences: a default of "now" is the UTC time (DATETIME has no time
     * zone, and CURRENT_TIMESTAMP would be the session's local time), and a MariaDB JSON column
     * checks that its text is JSON.
     */
    @Override
    protected String column(Column column) {
        String name = q.quote(column.name());
        StringBuilder sql = new StringBuilder(name).append(' ').append(types.columnType(column));
        String defaultValue = defaultValue(column);
        if (defaultValue != null) {
            sql.append(" DEFAULT ").append(defaultValue);
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.type() == DataType.ENUM) {
            sql.append(" CHECK (").append(name).append(" IN (").append(column.enumValues().stream()
                    .map(v -> backslashes(SqlLiterals.string(v))).collect(java.util.stream.Collectors.joining(", "))).append("))");
        }
        if (isJson(column) && !flavor.hasJsonType()) {
            sql.append(" CHECK (JSON_VALID(").append(name).append("))");
        }
        return sql.toString();
    }

    @Override
    public String defaultSql(Column column) {
        return defaultValue(column);
    }

    /** Parenthesized expression defaults: MySQL 8.0.13+, MariaDB 10.2+. */
    private String defaultValue(Column column) {
        if (column.defaultNow()) {
            return column.type() == DataType.DATE ? "(UTC_DATE())" : "(UTC_TIMESTAMP(3))";
        }
        return supportsDefault(column) ? backslashes(SqlLiterals.defaultValue(column, trueLiteral(), falseLiteral())) : null;
    }

    /**
     * MySQL and MariaDB read a backslash in a string literal as an escape (unless the server runs
     * with NO_BACKSLASH_ESCAPES), so a backslash of the value is doubled; the other databases
     * take it as it is.
     */
    static String backslashes(String literal) {
        return literal == null ? null : literal.replace("\\", "\\\\");
    }

    /**
     * MySQL refuses a literal DEFAULT on TEXT and JSON columns (error 1101); there the runtime
     * must supply the schema's default itself.
     */
    @Override
    protected boolean supportsDefault(Column column) {
        return flavor.acceptsDefaultOnTextAndJson() || !isTextOrJson(column.type());
    }

    private static boolean isTextOrJson(DataType type) {
        return switch (type) {
            case TEXT, CODE, RICHTEXT, SIMPLE_JSON, ARRAY_SELECT -> true;
            default -> false;
        };
    }

    private static boolean isJson(Column column) {
        return column.type() == DataType.SIMPLE_JSON || column.type() == DataType.ARRAY_SELECT;
    }

    @Override
    protected String trueLiteral() {
        return "1";
    }

    @Override
    protected String falseLiteral() {
        return "0";
    }

    /** InnoDB for transactions and foreign keys; the table's own charset and collation, not the server's. */
    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + flavor.textCollation();
    }
}
