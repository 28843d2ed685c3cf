package dev.enfyra.core.query;

import java.util.Optional;

/** What a client may ask for in {@code meta}; {@code meta=*} asks for all of them. */
public enum MetaKind {
    /** Rows in the table, ignoring the filter. */
    TOTAL_COUNT("totalCount"),
    /** Rows that match the filter, ignoring paging. */
    FILTER_COUNT("filterCount");

    private final String paramName;

    MetaKind(String paramName) {
        this.paramName = paramName;
    }

    /** The name in the {@code meta} parameter and in the response's {@code meta} object. */
    public String paramName() {
        return paramName;
    }

    public static Optional<MetaKind> fromParamName(String name) {
        for (MetaKind kind : values()) {
            if (kind.paramName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
