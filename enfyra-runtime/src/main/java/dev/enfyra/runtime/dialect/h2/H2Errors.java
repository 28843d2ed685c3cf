package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.SqlStates;
import java.sql.SQLException;

/** H2 uses the standard SQLSTATE classes. */
final class H2Errors implements ErrorTranslator {

    @Override
    public Violation classify(SQLException e) {
        return new Violation(SqlStates.kind(e.getSQLState()), e.getMessage());
    }
}
