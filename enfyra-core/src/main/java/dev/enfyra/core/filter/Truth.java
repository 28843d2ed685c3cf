package dev.enfyra.core.filter;

/** SQL's three truth values. A row matches a filter only when the filter is {@link #TRUE}. */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** NOT: UNKNOWN stays UNKNOWN, which is why {@code _not} never matches NULL. */
    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** AND: FALSE wins, then UNKNOWN. */
    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    /** OR: TRUE wins, then UNKNOWN. */
    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }

    public boolean isTrue() {
        return this == TRUE;
    }
}
