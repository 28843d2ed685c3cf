package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseSchemaReader;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MySQL and MariaDB: the database is the JDBC catalog; there is no schema level. */
final class MySqlSchemaReader extends BaseSchemaReader {

    private static final Pattern IDENTIFIER = Pattern.compile("`((?:[^`]|``)+)`");

    private final MySqlDialect.Flavor flavor;

    MySqlSchemaReader(MySqlDialect.Flavor flavor) {
        this.flavor = flavor;
    }

    @Override
    protected String schemaName(Connection c) {
        return null;
    }

    @Override
    protected Typed type(String table, ColumnInfo c) throws SQLException {
        return switch (c.typeName()) {
            case "INT", "INTEGER" -> Typed.of(DataType.INT);
            case "BIGINT" -> Typed.of(DataType.BIGINT);
            case "DOUBLE" -> Typed.of(DataType.FLOAT);
            case "DECIMAL" -> new Typed(DataType.DECIMAL, null, c.size(), c.decimals());
            case "VARCHAR" -> new Typed(DataType.VARCHAR, c.size(), null, null);
            case "LONGTEXT" -> Typed.of(DataType.TEXT);
            case "JSON" -> Typed.of(DataType.SIMPLE_JSON);
            // The drivers report TINYINT(1) as BOOLEAN or BIT (tinyInt1isBit).
            case "BOOLEAN", "BIT", "TINYINT" -> {
                if (c.size() <= 3) {
                    yield Typed.of(DataType.BOOLEAN);
                }
                throw new UnknownType(table, c);
            }
            case "CHAR" -> switch (c.size()) {
                case 36 -> Typed.of(DataType.UUID);
                case 24 -> Typed.of(DataType.OBJECT_ID);
                default -> throw new UnknownType(table, c);
            };
            case "DATE" -> Typed.of(DataType.DATE);
            case "DATETIME" -> Typed.of(DataType.DATETIME);
            default -> throw new UnknownType(table, c);
        };
    }

    /**
     * The primary key's index, and the index InnoDB makes for a foreign key that has none: it
     * takes the constraint's name and columns.
     */
    @Override
    protected boolean implicitIndex(Connection c, String table, String name, List<String> columns, boolean unique,
            String primaryKeyName, List<ForeignKey> foreignKeys) {
        return name.equals("PRIMARY")
                || !unique && foreignKeys.stream().anyMatch(fk -> fk.name().equals(name) && fk.columns().equals(columns));
    }

    @Override
    protected boolean backslashEscapes() {
        return true;
    }

    /** MySQL escapes with backslashes inside literals, as it reads them ({@code \\\\} is one backslash). */
    @Override
    protected String unescape(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'Z' -> (char) 26;
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** MySQL does not tell RESTRICT from NO ACTION: both refuse at once. */
    @Override
    public String storedOnDelete(String onDelete) {
        return onDelete.equals("NO ACTION") ? "RESTRICT" : onDelete;
    }

    /** MySQL takes no DEFAULT on TEXT and JSON columns, so none is created or read back there. */
    @Override
    public Column storedForm(Column column) {
        Column stored = super.storedForm(column);
        boolean textOrJson = stored.type() == DataType.TEXT || stored.type() == DataType.SIMPLE_JSON;
        if (flavor.acceptsDefaultOnTextAndJson() || !textOrJson) {
            return stored;
        }
        return new Column(stored.name(), stored.type(), stored.nullable(), stored.generated(), stored.length(),
                stored.precision(), stored.scale(), stored.values(), null, false);
    }

    @Override
    public List<Check> checks(Connection c, String table) throws SQLException {
        String sql = flavor == MySqlDialect.Flavor.MARIADB
                ? "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME"
                : "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS cc"
                        + " JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA"
                        + " AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME AND tc.CONSTRAINT_TYPE = 'CHECK'"
                        + " WHERE cc.CONSTRAINT_SCHEMA = DATABASE() AND tc.TABLE_NAME = ? ORDER BY cc.CONSTRAINT_NAME";
        List<Check> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String column = onlyColumn(rs.getString(2));
                    if (column != null) {
                        out.add(new Check(rs.getString(1), column, rs.getString(2)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The one column a clause names. A MariaDB column constraint keeps the column's old name as
     * its own after a rename, so the clause, not the constraint name, says which column it is.
     */
    private static String onlyColumn(String clause) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(clause);
        while (m.find()) {
            names.add(m.group(1).replace("``", "`"));
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }
}
