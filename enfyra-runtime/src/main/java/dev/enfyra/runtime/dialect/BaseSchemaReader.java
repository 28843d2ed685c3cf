package dev.enfyra.runtime.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.migrate.PhysicalSchema;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Index;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Introspection through JDBC's {@link DatabaseMetaData} (tables, columns, primary keys, indexes,
 * foreign keys), which every driver answers alike; a dialect adds what it does not cover: which
 * database type is which Enfyra type, the CHECK constraints that make a column an enum or JSON,
 * the indexes the database made by itself, and the spelling of defaults.
 */
public abstract class BaseSchemaReader implements SchemaReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NOW = Pattern.compile(
            "(?i)^(current_timestamp|current_date|now|utc_timestamp|utc_date|localtimestamp|transaction_timestamp)(\\(\\d*\\))?$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$");
    private static final Pattern STRING_LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern BACKSLASH_STRING_LITERAL = Pattern.compile("'((?:[^'\\\\]|''|\\\\.)*)'");

    /** One row of {@link DatabaseMetaData#getColumns}. */
    public record ColumnInfo(String name, int jdbcType, String typeName, int size, int decimals, boolean nullable,
            String defaultSql, boolean autoIncrement) {
    }

    /** The Enfyra type of a database column, with its length or precision. */
    public record Typed(DataType type, Integer length, Integer precision, Integer scale) {
        public static Typed of(DataType type) {
            return new Typed(type, null, null, null);
        }
    }

    /** A database type the runtime never creates. */
    public static final class UnknownType extends SQLException {
        public UnknownType(String table, ColumnInfo c) {
            super("column " + table + "." + c.name() + " has the database type " + c.typeName() + "(" + c.size()
                    + "), which Enfyra does not create");
        }
    }

    /** The Enfyra type of a column, or {@link UnknownType}. */
    protected abstract Typed type(String table, ColumnInfo column) throws SQLException;

    /** Whether an index was made by the database itself (for a primary key or a foreign key). */
    protected abstract boolean implicitIndex(Connection c, String table, String name, List<String> columns, boolean unique,
            String primaryKeyName, List<ForeignKey> foreignKeys) throws SQLException;

    /** The default's SQL without the database's decorations (casts, type prefixes), before it is parsed. */
    protected String cleanDefault(String sql) {
        return sql;
    }

    /** The text of a string literal's body, its quotes removed: {@code ''} is one quote everywhere. */
    protected String unescape(String body) {
        return body.replace("''", "'");
    }

    /** Whether a backslash escapes the next character inside a string literal (MySQL). */
    protected boolean backslashEscapes() {
        return false;
    }

    /** SQL (a default, a CHECK clause) with the database's special literal forms rewritten as plain {@code '…'} literals. */
    protected String plainLiterals(String sql) {
        return sql;
    }

    /** The schema argument of {@link DatabaseMetaData} calls, unescaped; null where the database has catalogs only. */
    protected String schemaName(Connection c) throws SQLException {
        return c.getSchema();
    }

    @Override
    public PhysicalSchema read(Connection c) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String name : tableNames(c, "%")) {
            if (!OWN_TABLES.contains(name)) {
                tables.add(readTable(c, name).orElseThrow());
            }
        }
        return new PhysicalSchema(tables);
    }

    @Override
    public boolean tableExists(Connection c, String table) throws SQLException {
        return tableNames(c, escape(c, table)).contains(table);
    }

    @Override
    public Optional<Table> readTable(Connection c, String table) throws SQLException {
        if (!tableExists(c, table)) {
            return Optional.empty();
        }
        DatabaseMetaData meta = c.getMetaData();
        Map<String, List<Check>> checks = new TreeMap<>();
        for (Check check : checks(c, table)) {
            checks.computeIfAbsent(check.column(), k -> new ArrayList<>()).add(check);
        }
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(c.getCatalog(), schemaPattern(c), escape(c, table), "%")) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    ColumnInfo info = new ColumnInfo(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                            rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"), "YES".equals(rs.getString("IS_NULLABLE")),
                            rs.getString("COLUMN_DEF"), "YES".equals(rs.getString("IS_AUTOINCREMENT")));
                    columns.add(column(table, info, checks.getOrDefault(info.name(), List.of())));
                }
            }
        }
        List<String> primaryKey = new ArrayList<>();
        String primaryKeyName = primaryKey(meta, c, table, primaryKey);
        List<ForeignKey> foreignKeys = foreignKeys(meta, c, table);
        List<Index> indexes = new ArrayList<>();
        for (Index index : indexes(meta, c, table)) {
            if (!implicitIndex(c, table, index.name(), index.columns(), index.unique(), primaryKeyName, foreignKeys)) {
                indexes.add(index);
            }
        }
        return Optional.of(new Table(table, columns, primaryKey, indexes, foreignKeys));
    }

    private Column column(String table, ColumnInfo info, List<Check> checks) throws SQLException {
        Typed typed = type(table, info);
        List<String> values = List.of();
        boolean json = checks.stream().anyMatch(ch -> ch.clause().toLowerCase(java.util.Locale.ROOT).contains("json_valid"));
        Check enumCheck = checks.stream().filter(ch -> !ch.clause().toLowerCase(java.util.Locale.ROOT).contains("json_valid"))
                .findFirst().orElse(null);
        if (typed.type() == DataType.TEXT && json) {
            typed = Typed.of(DataType.SIMPLE_JSON);
        } else if (typed.type() == DataType.VARCHAR && enumCheck != null) {
            values = literals(plainLiterals(enumCheck.clause())).stream().map(this::unescape).toList();
            typed = Typed.of(DataType.ENUM);
        }
        String sql = info.defaultSql() == null ? null : cleanDefault(plainLiterals(info.defaultSql().trim()));
        JsonNode def = parseDefault(sql, this::unescape);
        boolean now = def instanceof TextNode t && NOW.matcher(t.textValue()).matches() && !isLiteral(sql);
        return new Column(info.name(), typed.type(), info.nullable(), info.autoIncrement(), typed.length(), typed.precision(),
                typed.scale(), values, now ? null : def, now);
    }

    /** The bodies of the string literals of a CHECK clause, in order ({@code IN ('a', 'b')} or {@code = ANY (ARRAY['a', …])}). */
    protected List<String> literals(String clause) {
        List<String> out = new ArrayList<>();
        Matcher m = (backslashEscapes() ? BACKSLASH_STRING_LITERAL : STRING_LITERAL).matcher(clause);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static boolean isLiteral(String sql) {
        return sql != null && sql.startsWith("'");
    }

    /** A default's SQL as JSON: a string literal as text, TRUE/FALSE, a number, or an expression as its text. */
    private static JsonNode parseDefault(String sql, java.util.function.UnaryOperator<String> unescape) {
        if (sql == null) {
            return null;
        }
        String s = sql;
        while (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        if (s.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return TextNode.valueOf(unescape.apply(s.substring(1, s.length() - 1)));
        }
        if (s.equalsIgnoreCase("TRUE") || s.equalsIgnoreCase("FALSE")) {
            return BooleanNode.valueOf(s.equalsIgnoreCase("TRUE"));
        }
        if (NUMBER.matcher(s).matches()) {
            return DecimalNode.valueOf(new BigDecimal(s));
        }
        return TextNode.valueOf(s);
    }

    @Override
    public Column storedForm(Column c) {
        DataType type = switch (c.type()) {
            case CODE, RICHTEXT -> DataType.TEXT;
            case TIMESTAMP -> DataType.DATETIME;
            case ARRAY_SELECT -> DataType.SIMPLE_JSON;
            default -> c.type();
        };
        Integer length = type == DataType.VARCHAR ? (c.length() == null ? Integer.valueOf(255) : c.length()) : null;
        boolean decimal = type == DataType.DECIMAL;
        List<String> values = type == DataType.ENUM ? c.values() : List.of();
        return new Column(c.name(), type, c.nullable(), c.generated(), length, decimal ? c.precision() : null,
                decimal ? c.scale() : null, values, storedDefault(type, c.defaultValue()), c.defaultNow());
    }

    /** A default as a value of the column's type, so {@code '5'}, {@code 5} and {@code 5.0} compare equal. */
    protected static JsonNode storedDefault(DataType type, JsonNode value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case BOOLEAN -> {
                if (value.isBoolean()) {
                    yield value;
                }
                String text = value.asText().toLowerCase(java.util.Locale.ROOT);
                yield switch (text) {
                    case "1", "true", "t" -> BooleanNode.TRUE;
                    case "0", "false", "f" -> BooleanNode.FALSE;
                    default -> value;
                };
            }
            case INT, BIGINT, FLOAT, DECIMAL -> value.isNumber() ? DecimalNode.valueOf(value.decimalValue())
                    : NUMBER.matcher(value.asText()).matches() ? DecimalNode.valueOf(new BigDecimal(value.asText())) : value;
            case SIMPLE_JSON, ARRAY_SELECT -> {
                if (!value.isTextual()) {
                    yield value;
                }
                try {
                    yield JSON.readTree(value.textValue());
                } catch (IOException e) {
                    yield value;
                }
            }
            default -> value.isValueNode() ? TextNode.valueOf(value.asText()) : value;
        };
    }

    private List<String> tableNames(Connection c, String pattern) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), schemaPattern(c), pattern, new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.sort(null);
        return names;
    }

    private String primaryKey(DatabaseMetaData meta, Connection c, String table, List<String> out) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), schemaName(c), table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                name = rs.getString("PK_NAME");
            }
        }
        out.addAll(columns.values());
        return name;
    }

    private List<Index> indexes(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), schemaName(c), table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<Index> out = new ArrayList<>();
        columns.forEach((name, cols) -> out.add(new Index(name, List.copyOf(cols.values()), unique.get(name))));
        return out;
    }

    private List<ForeignKey> foreignKeys(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        Map<String, TreeMap<Integer, String[]>> parts = new LinkedHashMap<>();
        Map<String, String[]> heads = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), schemaName(c), table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                parts.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("KEY_SEQ"),
                        new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                heads.put(name, new String[] {rs.getString("PKTABLE_NAME"), onDelete(rs.getShort("DELETE_RULE"))});
            }
        }
        List<ForeignKey> out = new ArrayList<>();
        parts.forEach((name, cols) -> out.add(new ForeignKey(name, cols.values().stream().map(p -> p[0]).toList(),
                heads.get(name)[0], cols.values().stream().map(p -> p[1]).toList(), heads.get(name)[1])));
        return out;
    }

    private static String onDelete(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    private String schemaPattern(Connection c) throws SQLException {
        String schema = schemaName(c);
        return schema == null ? null : escape(c, schema);
    }

    /** {@code _} and {@code %} are wildcards in metadata patterns; names are matched exactly. */
    protected static String escape(Connection c, String name) throws SQLException {
        String escape = c.getMetaData().getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
