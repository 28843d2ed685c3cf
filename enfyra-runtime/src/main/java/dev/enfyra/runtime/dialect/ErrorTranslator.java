package dev.enfyra.runtime.dialect;

import java.sql.SQLException;

/** Classifies a database error, so a client gets a 409/422 naming the rule, never the SQL text. */
public interface ErrorTranslator {

    enum Kind {
        UNIQUE_VIOLATION, FOREIGN_KEY_VIOLATION, NOT_NULL_VIOLATION, CHECK_VIOLATION, OTHER
    }

    /**
     * What was violated. {@code detail} is the database's own message, for finding which
     * constraint it names; it may contain SQL and values and must never reach a client.
     */
    record Violation(Kind kind, String detail) {
    }

    Violation classify(SQLException e);
}
