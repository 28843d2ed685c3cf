package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.SqlStates;
import java.sql.SQLException;

/** By SQLSTATE; a batch reports the failing statement's error as the next exception. */
final class PostgresErrors implements ErrorTranslator {

    @Override
    public Violation classify(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            Kind kind = SqlStates.kind(next.getSQLState());
            if (kind != Kind.OTHER) {
                return new Violation(kind, next.getMessage());
            }
        }
        return new Violation(Kind.OTHER, e.getMessage());
    }
}
