package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseSchemaReader;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** H2 2.x: its INFORMATION_SCHEMA says which indexes it generated and which constraints are checks. */
final class H2SchemaReader extends BaseSchemaReader {

    /** H2's bound of an unbounded CHARACTER VARYING. */
    private static final int UNBOUNDED = 1_000_000_000;

    @Override
    protected Typed type(String table, ColumnInfo c) throws SQLException {
        return switch (c.typeName()) {
            case "INTEGER" -> Typed.of(DataType.INT);
            case "BIGINT" -> Typed.of(DataType.BIGINT);
            case "DOUBLE PRECISION" -> Typed.of(DataType.FLOAT);
            case "NUMERIC", "DECIMAL" -> new Typed(DataType.DECIMAL, null, c.size(), c.decimals());
            case "CHARACTER VARYING" -> c.size() >= UNBOUNDED ? Typed.of(DataType.TEXT) : new Typed(DataType.VARCHAR, c.size(), null, null);
            case "BOOLEAN" -> Typed.of(DataType.BOOLEAN);
            case "UUID" -> Typed.of(DataType.UUID);
            case "DATE" -> Typed.of(DataType.DATE);
            case "TIMESTAMP WITH TIME ZONE" -> Typed.of(DataType.DATETIME);
            case "JSON" -> Typed.of(DataType.SIMPLE_JSON);
            case "CHARACTER" -> {
                if (c.size() == 24) {
                    yield Typed.of(DataType.OBJECT_ID);
                }
                throw new UnknownType(table, c);
            }
            default -> throw new UnknownType(table, c);
        };
    }

    /** H2 makes an index for each primary key and each foreign key without one, and marks them generated. */
    @Override
    protected boolean implicitIndex(Connection c, String table, String name, List<String> columns, boolean unique,
            String primaryKeyName, List<ForeignKey> foreignKeys) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT IS_GENERATED FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ? AND INDEX_NAME = ?")) {
            s.setString(1, table);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** {@code JSON '…'}: the JSON literal the DDL writes for JSON defaults. */
    @Override
    protected String cleanDefault(String sql) {
        return sql.startsWith("JSON '") ? sql.substring("JSON ".length()) : sql;
    }

    /** H2 writes non-ASCII text as Unicode escape literals: {@code U&'\\00dcber'}, with {@code \\\\} for a backslash. */
    @Override
    protected String plainLiterals(String sql) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("U&'((?:[^']|'')*)'").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("'" + decode(m.group(1)) + "'"));
        }
        return m.appendTail(out).toString();
    }

    private static String decode(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (body.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (body.charAt(i + 1) == '+') {
                out.appendCodePoint(Integer.parseInt(body.substring(i + 2, i + 8), 16));
                i += 7;
            } else {
                out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                i += 4;
            }
        }
        return out.toString();
    }

    @Override
    public List<Check> checks(Connection c, String table) throws SQLException {
        String sql = "SELECT tc.CONSTRAINT_NAME, u.COLUMN_NAME, cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.CONSTRAINT_COLUMN_USAGE u ON u.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND u.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.TABLE_NAME = ?"
                + " ORDER BY tc.CONSTRAINT_NAME";
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byName.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        List<Check> out = new ArrayList<>();
        byName.forEach((name, rows) -> {
            if (rows.size() == 1) {
                out.add(new Check(name, rows.get(0)[0], rows.get(0)[1]));
            }
        });
        return out;
    }
}
