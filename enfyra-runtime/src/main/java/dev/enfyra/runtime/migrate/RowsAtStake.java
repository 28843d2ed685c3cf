package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a destructive step would cost, counted in the live data: the rows of a dropped table, the
 * values of a dropped column, the values a narrowed column holds, the NULLs that a new NOT NULL
 * refuses, the rows that hold removed enum values, the duplicate rows of a new unique index.
 */
final class RowsAtStake {

    /** A count and what it counts, e.g. {@code 1200 non-null values of posts.body}. */
    record Count(long rows, String what) {
        @Override
        public String toString() {
            return rows + " " + what;
        }
    }

    private RowsAtStake() {
    }

    /** The count for a destructive step, or null for a step that loses nothing countable. */
    static Count count(Connection c, Quoting q, Step step) throws SQLException {
        return switch (step) {
            case Step.DropTable s -> new Count(single(c, "SELECT COUNT(*) FROM " + q.quote(s.table().name())),
                    "rows of " + s.table().name());
            case Step.DropColumn s -> new Count(single(c, "SELECT COUNT(" + q.quote(s.column().name()) + ") FROM " + q.quote(s.table())),
                    "non-null values of " + s.table() + "." + s.column().name());
            case Step.AlterColumn s -> alter(c, q, s);
            case Step.AddIndex s when s.index().unique() -> new Count(single(c, "SELECT COUNT(*) FROM (SELECT 1 AS x FROM "
                    + q.quote(s.table()) + " WHERE " + s.index().columns().stream().map(col -> q.quote(col) + " IS NOT NULL")
                            .collect(Collectors.joining(" AND ")) + " GROUP BY " + quoted(q, s.index().columns())
                    + " HAVING COUNT(*) > 1) d"), "groups of duplicate " + s.index().columns() + " in " + s.table());
            default -> null;
        };
    }

    private static Count alter(Connection c, Quoting q, Step.AlterColumn s) throws SQLException {
        Column from = s.from();
        Column to = s.to();
        String col = q.quote(to.name());
        String table = q.quote(s.table());
        if (from.nullable() && !to.nullable()) {
            return new Count(single(c, "SELECT COUNT(*) FROM " + table + " WHERE " + col + " IS NULL"),
                    "NULLs in " + s.table() + "." + to.name() + ", which NOT NULL refuses");
        }
        List<String> removed = from.values().stream().filter(v -> !to.values().contains(v)).toList();
        if (!removed.isEmpty() && !from.values().isEmpty()) {
            return new Count(single(c, "SELECT COUNT(*) FROM " + table + " WHERE " + col + " IN ("
                    + removed.stream().map(dev.enfyra.runtime.dialect.SqlLiterals::string).collect(Collectors.joining(", ")) + ")"),
                    "rows of " + s.table() + " holding the removed values " + removed);
        }
        return new Count(single(c, "SELECT COUNT(" + col + ") FROM " + table), "non-null values of " + s.table() + "." + to.name()
                + " converted from " + from.type().enfyraName() + " to " + to.type().enfyraName());
    }

    static long rows(Connection c, Quoting q, String table) throws SQLException {
        return single(c, "SELECT COUNT(*) FROM " + q.quote(table));
    }

    private static String quoted(Quoting q, List<String> columns) {
        return columns.stream().map(q::quote).collect(Collectors.joining(", "));
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
