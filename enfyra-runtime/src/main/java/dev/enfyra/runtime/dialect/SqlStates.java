package dev.enfyra.runtime.dialect;

/** SQLSTATE class 23 (integrity constraint violation) as H2 and PostgreSQL report it. */
public final class SqlStates {

    private SqlStates() {
    }

    public static ErrorTranslator.Kind kind(String sqlState) {
        if (sqlState == null) {
            return ErrorTranslator.Kind.OTHER;
        }
        return switch (sqlState) {
            case "23505" -> ErrorTranslator.Kind.UNIQUE_VIOLATION;
            case "23503", "23506" -> ErrorTranslator.Kind.FOREIGN_KEY_VIOLATION;
            case "23502" -> ErrorTranslator.Kind.NOT_NULL_VIOLATION;
            case "23513", "23514" -> ErrorTranslator.Kind.CHECK_VIOLATION;
            default -> ErrorTranslator.Kind.OTHER;
        };
    }
}
