package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.runtime.dialect.ErrorTranslator;
import java.sql.SQLException;

/**
 * By the server's error number: MySQL and MariaDB report integrity violations under one SQLSTATE
 * (23000; MySQL's CHECK failure under HY000), which cannot tell them apart.
 */
final class MySqlErrors implements ErrorTranslator {

    @Override
    public Violation classify(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                Kind kind = kind(sql.getErrorCode());
                if (kind != Kind.OTHER) {
                    return new Violation(kind, sql.getMessage());
                }
            }
        }
        return new Violation(Kind.OTHER, e.getMessage());
    }

    static Kind kind(int errorCode) {
        return switch (errorCode) {
            // ER_DUP_ENTRY, ER_DUP_ENTRY_WITH_KEY_NAME
            case 1062, 1586 -> Kind.UNIQUE_VIOLATION;
            // ER_ROW_IS_REFERENCED(_2), ER_NO_REFERENCED_ROW(_2)
            case 1451, 1452, 1216, 1217 -> Kind.FOREIGN_KEY_VIOLATION;
            // ER_BAD_NULL_ERROR; ER_NO_DEFAULT_FOR_FIELD (a NOT NULL column left out, strict mode)
            case 1048, 1364 -> Kind.NOT_NULL_VIOLATION;
            // MySQL ER_CHECK_CONSTRAINT_VIOLATED, MariaDB ER_CONSTRAINT_FAILED
            case 3819, 4025 -> Kind.CHECK_VIOLATION;
            default -> Kind.OTHER;
        };
    }
}
