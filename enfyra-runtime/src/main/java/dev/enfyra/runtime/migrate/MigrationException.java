package dev.enfyra.runtime.migrate;

/**
 * The migrator refuses, with a message written for the operator: what it found, what it
 * expected, and what to do. Each kind has a stable code ({@code ENF-R…}, docs/migrator.md).
 */
public class MigrationException extends RuntimeException {

    /** Why the migrator stopped. Codes are never reused. */
    public enum Code {
        PLAN_INVALID("ENF-R001"),
        CHECKSUM_MISMATCH("ENF-R002"),
        UNKNOWN_APPLIED("ENF-R003"),
        CONFIRM_HASH_MISMATCH("ENF-R004"),
        DRIFT("ENF-R005"),
        LOCK_TIMEOUT("ENF-R006"),
        PENDING("ENF-R007"),
        STEP_FAILED("ENF-R008"),
        UNSAFE_STEP("ENF-R009"),
        JOURNAL_MISMATCH("ENF-R010"),
        DATA_FAILED("ENF-R011");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Code code;

    public MigrationException(Code code, String message) {
        this(code, message, null);
    }

    public MigrationException(Code code, String message, Throwable cause) {
        super(code.id() + ": " + message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
