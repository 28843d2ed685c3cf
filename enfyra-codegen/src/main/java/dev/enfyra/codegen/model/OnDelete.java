package dev.enfyra.codegen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a foreign key does when the referenced row is deleted. */
public enum OnDelete {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    OnDelete(String sql) {
        this.sql = sql;
    }

    /** As written in snapshot.json and in SQL. */
    public String sql() {
        return sql;
    }

    public static Optional<OnDelete> fromSql(String text) {
        return Arrays.stream(values()).filter(o -> o.sql.equalsIgnoreCase(text)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(OnDelete::sql).toList();
    }
}
