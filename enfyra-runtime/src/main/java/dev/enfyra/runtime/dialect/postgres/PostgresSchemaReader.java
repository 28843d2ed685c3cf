package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseSchemaReader;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** PostgreSQL, in the connection's current schema. */
final class PostgresSchemaReader extends BaseSchemaReader {

    /** A trailing cast, as PostgreSQL prints defaults: {@code 'a'::character varying}, {@code '{}'::jsonb}. */
    private static final Pattern CAST = Pattern.compile("(?s)^(.*)::[a-zA-Z_ \"]+(\\(\\d+(,\\s*\\d+)?\\))?(\\[\\])?$");

    @Override
    protected Typed type(String table, ColumnInfo c) throws SQLException {
        return switch (c.typeName()) {
            case "int4", "serial" -> Typed.of(DataType.INT);
            case "int8", "bigserial" -> Typed.of(DataType.BIGINT);
            case "float8" -> Typed.of(DataType.FLOAT);
            case "numeric" -> new Typed(DataType.DECIMAL, null, c.size(), c.decimals());
            case "varchar" -> new Typed(DataType.VARCHAR, c.size(), null, null);
            case "text" -> Typed.of(DataType.TEXT);
            case "bool" -> Typed.of(DataType.BOOLEAN);
            case "uuid" -> Typed.of(DataType.UUID);
            case "date" -> Typed.of(DataType.DATE);
            case "timestamptz" -> Typed.of(DataType.DATETIME);
            case "jsonb" -> Typed.of(DataType.SIMPLE_JSON);
            case "bpchar" -> {
                if (c.size() == 24) {
                    yield Typed.of(DataType.OBJECT_ID);
                }
                throw new UnknownType(table, c);
            }
            default -> throw new UnknownType(table, c);
        };
    }

    /** The primary key's index; foreign keys need none in PostgreSQL. */
    @Override
    protected boolean implicitIndex(Connection c, String table, String name, List<String> columns, boolean unique,
            String primaryKeyName, List<ForeignKey> foreignKeys) {
        return name.equals(primaryKeyName);
    }

    @Override
    protected String cleanDefault(String sql) {
        String s = sql;
        for (var m = CAST.matcher(s); m.matches(); m = CAST.matcher(s)) {
            s = m.group(1).trim();
            if (s.startsWith("(") && s.endsWith(")")) {
                s = s.substring(1, s.length() - 1).trim();
            }
        }
        return s;
    }

    @Override
    public List<Check> checks(Connection c, String table) throws SQLException {
        String sql = "SELECT k.conname, a.attname, pg_get_constraintdef(k.oid) FROM pg_constraint k"
                + " JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1]"
                + " WHERE k.contype = 'c' AND cardinality(k.conkey) = 1 AND n.nspname = current_schema() AND t.relname = ?"
                + " ORDER BY k.conname";
        List<Check> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Check(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }
}
