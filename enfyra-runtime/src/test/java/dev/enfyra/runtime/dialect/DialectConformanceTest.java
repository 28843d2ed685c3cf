package dev.enfyra.runtime.dialect;

import static dev.enfyra.runtime.dialect.DialectFixtures.column;
import static dev.enfyra.runtime.dialect.DialectFixtures.execute;
import static dev.enfyra.runtime.dialect.DialectFixtures.insert;
import static dev.enfyra.runtime.dialect.DialectFixtures.rows;
import static dev.enfyra.runtime.dialect.DialectFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.core.filter.Values;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Index;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.SchemaBootstrap;
import dev.enfyra.runtime.dialect.ErrorTranslator.Kind;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestSchemas;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same behaviour asked of every database: schema creation, value round trips, NULL and text
 * ordering, and integrity errors. Text search has its own class ({@link TextSearchConformanceTest}).
 */
class DialectConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void createsTheBlogSchema(TestDatabases.Kind kind) throws SQLException {
        Schema blog = TestSchemas.load("blog");
        try (Database db = TestDatabases.open(kind, "blog")) {
            assertEquals(SchemaBootstrap.Outcome.CREATED, SchemaBootstrap.run(db, blog));
            DialectFixtures.assertPresent(db, blog);
            assertEquals(SchemaBootstrap.Outcome.ALREADY_PRESENT, SchemaBootstrap.run(db, blog));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void createsEnfyrasOwnSchema(TestDatabases.Kind kind) throws SQLException {
        Schema head = TestSchemas.fromJson("snapshot.json", DialectFixtures.enfyraHeadSnapshot());
        try (Database db = TestDatabases.open(kind, "head")) {
            assertEquals(SchemaBootstrap.Outcome.CREATED, SchemaBootstrap.run(db, head));
            DialectFixtures.assertPresent(db, head);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyTypeComesBackAsItWasWritten(TestDatabases.Kind kind) throws Exception {
        List<Column> columns = new ArrayList<>();
        for (DataType type : DataType.values()) {
            Column.Builder b = Column.builder("c_" + type.enfyraName().replace('-', '_'), type);
            switch (type) {
                case DECIMAL -> b.precision(12, 4);
                case VARCHAR -> b.length(100);
                case ENUM, ARRAY_SELECT -> b.enumValues(List.of("draft", "published"));
                default -> { }
            }
            columns.add(b.build());
        }
        Table table = table("vals", columns.toArray(Column[]::new));
        List<List<Object>> written = List.of(
                values(Integer.MIN_VALUE, Long.MIN_VALUE, -1.0E300, "-99999999.9999", "", "line 1\nline 2\ttab",
                        false, "00000000-0000-0000-0000-000000000000", LocalDate.of(1900, 1, 1),
                        OffsetDateTime.parse("2024-02-29T23:59:58.123+05:30"), OffsetDateTime.parse("1970-01-01T00:00:00.001-08:00"),
                        "draft", "[]", "{\"a\":1,\"b\":[true,null,\"x\"],\"nested\":{\"é\":\"😀\"},\"n\":1.5}",
                        "if (a < b && c > d) { return \"x\\\\y\"; }", "<p>Ünïcødé 中文 😀</p>", "507f1f77bcf86cd799439011"),
                values(Integer.MAX_VALUE, Long.MAX_VALUE, 0.1, "99999999.9999", "héllo wörld 😀 中文 \"q\" 'q' \\ trailing ",
                        "é😀".repeat(2000), true, "ffffffff-ffff-ffff-ffff-ffffffffffff", LocalDate.of(9999, 12, 31),
                        OffsetDateTime.parse("9999-12-31T23:59:59.999Z"), OffsetDateTime.parse("2000-06-15T12:00:00Z"),
                        "published", "[\"draft\",\"published\"]", "[1,\"two\",null,{\"x\":[]}]", "", "", "000000000000000000000000"),
                values(0, 0L, 3.141592653589793, "0.0100", "a", "b", true, "123e4567-e89b-12d3-a456-426614174000",
                        LocalDate.of(2024, 2, 29), OffsetDateTime.parse("2024-03-31T01:30:00.5+02:00"),
                        OffsetDateTime.parse("1999-12-31T23:59:59.999+14:00"), "draft", "[\"published\"]", "\"just text\"",
                        "x", "y", "ffffffffffffffffffffffff"),
                Arrays.asList(new Object[columns.size()]));
        try (Database db = TestDatabases.open(kind, "values")) {
            SchemaBootstrap.run(db, new Schema(List.of(table)));
            try (Connection c = db.dataSource().getConnection()) {
                DialectFixtures.farSessionZone(c, kind);
                for (List<Object> row : written) {
                    insert(c, db.dialect(), table, columns, row);
                }
                List<List<Object>> read = rows(c, db.dialect(), table, columns);
                for (int r = 0; r < written.size(); r++) {
                    for (int i = 0; i < columns.size(); i++) {
                        assertEquals(expected(written.get(r).get(i)), read.get(r).get(i), "row " + r + ", " + columns.get(i).name());
                    }
                }
            }
        }
    }

    /** The 17 values of a row, in DataType order, with JSON, decimals and uuids given as text. */
    private static List<Object> values(Object... v) throws Exception {
        List<Object> out = new ArrayList<>(Arrays.asList(v));
        out.set(3, new BigDecimal((String) v[3]));
        out.set(7, UUID.fromString((String) v[7]));
        out.set(12, JSON.readTree((String) v[12]));
        out.set(13, JSON.readTree((String) v[13]));
        return out;
    }

    /** A date-time comes back as the same instant, in UTC. */
    private static Object expected(Object written) {
        return written instanceof OffsetDateTime t ? t.withOffsetSameInstant(ZoneOffset.UTC) : written;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDefaultOfNowIsTheCurrentInstantWhateverTheSessionZone(TestDatabases.Kind kind) throws SQLException {
        Column created = Column.builder("created", DataType.DATETIME).nullable(false).defaultNow(true).build();
        Column label = column("label", DataType.VARCHAR);
        Table table = table("stamped", created, label);
        try (Database db = TestDatabases.open(kind, "now")) {
            SchemaBootstrap.run(db, new Schema(List.of(table)));
            try (Connection c = db.dataSource().getConnection()) {
                DialectFixtures.farSessionZone(c, kind);
                insert(c, db.dialect(), table, List.of(label), List.of("x"));
                OffsetDateTime stored = (OffsetDateTime) rows(c, db.dialect(), table, List.of(created)).get(0).get(0);
                Duration off = Duration.between(stored, OffsetDateTime.now(ZoneOffset.UTC)).abs();
                assertTrue(off.compareTo(Duration.ofMinutes(2)) < 0, "stored " + stored + ", " + off + " from now");
            }
        }
    }

    private static final List<String> TEXTS = Arrays.asList("b", "a", "B", "A", "é", "e", "Z", "aa", "a ", "a\t", "😀",
            "\uFF5E", "\uE000", "中", "", "~", null, "Ä", null, "z");
    private static final List<Integer> NUMBERS = Arrays.asList(3, null, -1, 10, null, 0, Integer.MIN_VALUE);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void ordersTextByCodePointWithNullsLastAscendingAndFirstDescending(TestDatabases.Kind kind) throws SQLException {
        Column s = column("s", DataType.VARCHAR);
        Column n = column("n", DataType.INT);
        Table table = table("ordered", s, n);
        try (Database db = TestDatabases.open(kind, "order")) {
            SchemaBootstrap.run(db, new Schema(List.of(table)));
            Dialect d = db.dialect();
            try (Connection c = db.dataSource().getConnection()) {
                for (int i = 0; i < TEXTS.size(); i++) {
                    insert(c, d, table, List.of(s, n), Arrays.asList(TEXTS.get(i), i < NUMBERS.size() ? NUMBERS.get(i) : Integer.valueOf(5)));
                }
                Comparator<Object> nullsLast = Comparator.nullsLast(Values::compare);
                for (boolean descending : new boolean[] {false, true}) {
                    List<Object> texts = new ArrayList<>(TEXTS);
                    texts.sort(descending ? nullsLast.reversed() : nullsLast);
                    List<Object> actual = sorted(c, d, "ordered", "s", DataType.VARCHAR, descending, "");
                    if (kind == TestDatabases.Kind.H2) {
                        // H2 compares Java strings, by UTF-16 unit: U+E000..U+FFFF sort after
                        // U+10000 and above. No H2 collation orders by code point (CHARSET_UTF8
                        // compares signed bytes), so the reference order is checked without them.
                        texts.removeIf(DialectConformanceTest::isHighBmp);
                        actual.removeIf(DialectConformanceTest::isHighBmp);
                    }
                    assertEquals(texts, actual, "text, descending " + descending);
                    List<Object> numbers = new ArrayList<>(NUMBERS);
                    numbers.addAll(Collections.nCopies(TEXTS.size() - NUMBERS.size(), 5));
                    numbers.sort(descending ? nullsLast.reversed() : nullsLast);
                    assertEquals(numbers, sorted(c, d, "ordered", "n", DataType.INT, descending, ""), "int, descending " + descending);
                    assertEquals(numbers.subList(1, 6), sorted(c, d, "ordered", "n", DataType.INT, descending,
                            d.paging().limitOffset(5, 1)), "a page, descending " + descending);
                }
            }
        }
    }

    /** Equality and uniqueness are exact: no case or accent folding, no padding with spaces. */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void textEqualityIsExact(TestDatabases.Kind kind) throws SQLException {
        Column s = Column.builder("s", DataType.VARCHAR).nullable(false).build();
        Table table = table("exact", List.of(new Index("uq_exact_s", List.of("s"), true)), List.of(), s);
        List<String> texts = List.of("a", "a ", "A", "á", "a\u0301", "ａ");
        try (Database db = TestDatabases.open(kind, "exact")) {
            SchemaBootstrap.run(db, new Schema(List.of(table)));
            Dialect d = db.dialect();
            try (Connection c = db.dataSource().getConnection()) {
                for (String text : texts) {
                    insert(c, d, table, List.of(s), List.of(text));
                }
                for (String text : texts) {
                    try (PreparedStatement p = c.prepareStatement("SELECT " + d.quoting().quote("s") + " FROM "
                            + d.quoting().quote("exact") + " WHERE " + d.quoting().quote("s") + " = ?")) {
                        d.values().bind(p, 1, DataType.VARCHAR, text);
                        try (ResultSet r = p.executeQuery()) {
                            assertTrue(r.next());
                            assertEquals(text, r.getString(1));
                            assertFalse(r.next(), "more than one row equals \"" + text + "\"");
                        }
                    }
                }
            }
        }
    }

    private static boolean isHighBmp(Object text) {
        return text != null && ((String) text).chars().anyMatch(ch -> ch >= 0xE000 && ch <= 0xFFFF);
    }

    private static List<Object> sorted(Connection c, Dialect d, String table, String name, DataType type, boolean descending,
            String page) throws SQLException {
        Quoting q = d.quoting();
        String sql = "SELECT " + q.quote(name) + " FROM " + q.quote(table) + " ORDER BY "
                + d.paging().orderKey(q.quote(name), descending) + page;
        List<Object> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(d.values().read(r, 1, type));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void classifiesEachIntegrityViolation(TestDatabases.Kind kind) throws SQLException {
        Column code = Column.builder("code", DataType.VARCHAR).nullable(false).length(20).build();
        Table parent = table("parent", List.of(new Index("uq_parent_code", List.of("code"), true)), List.of(), code);
        Column status = Column.builder("status", DataType.ENUM).enumValues(List.of("draft", "published")).build();
        Table child = table("child", List.of(), List.of(new ForeignKey("fk_child_parent", "parent", "parentId", "parent", "id",
                "RESTRICT", false, false)), status);
        Column parentId = Column.builder("parentId", DataType.INT).nullable(false).build();
        try (Database db = TestDatabases.open(kind, "errors")) {
            SchemaBootstrap.run(db, new Schema(List.of(parent, child)));
            Dialect d = db.dialect();
            try (Connection c = db.dataSource().getConnection()) {
                insert(c, d, parent, List.of(code), List.of("x"));
                insert(c, d, child, List.of(status, parentId), List.of("draft", 1));
                assertKind(Kind.UNIQUE_VIOLATION, d, () -> insert(c, d, parent, List.of(code), List.of("x")));
                assertKind(Kind.FOREIGN_KEY_VIOLATION, d, () -> insert(c, d, child, List.of(status, parentId), List.of("draft", 999)));
                assertKind(Kind.FOREIGN_KEY_VIOLATION, d, () -> execute(c, "DELETE FROM " + d.quoting().quote("parent")));
                assertKind(Kind.NOT_NULL_VIOLATION, d, () -> insert(c, d, parent, List.of(code), Arrays.asList((Object) null)));
                assertKind(Kind.NOT_NULL_VIOLATION, d, () -> insert(c, d, child, List.of(status), List.of("draft")));
                assertKind(Kind.CHECK_VIOLATION, d, () -> insert(c, d, child, List.of(status, parentId), List.of("bogus", 1)));
                assertKind(Kind.OTHER, d, () -> execute(c, "SELECT * FROM " + d.quoting().quote("no_such_table")));
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void assertKind(Kind expected, Dialect d, SqlAction action) {
        SQLException e = assertThrows(SQLException.class, action::run);
        assertEquals(expected, d.errors().classify(e).kind(), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void insertReturningGivesTheGeneratedKeyWhereSupported(TestDatabases.Kind kind) throws SQLException {
        Table table = table("returning", column("label", DataType.VARCHAR));
        try (Database db = TestDatabases.open(kind, "returning")) {
            SchemaBootstrap.run(db, new Schema(List.of(table)));
            Dialect d = db.dialect();
            assertEquals(kind != TestDatabases.Kind.H2, d.supportsInsertReturning());
            if (!d.supportsInsertReturning()) {
                return;
            }
            try (Connection c = db.dataSource().getConnection();
                    PreparedStatement s = c.prepareStatement("INSERT INTO " + d.quoting().quote("returning") + " ("
                            + d.quoting().quote("label") + ") VALUES (?) RETURNING " + d.quoting().quote("id"))) {
                s.setString(1, "first");
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals(1, r.getInt(1));
                    assertFalse(r.next());
                }
            }
        }
    }
}
