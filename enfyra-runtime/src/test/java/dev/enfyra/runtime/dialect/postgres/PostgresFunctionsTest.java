package dev.enfyra.runtime.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.filter.TextFold;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.TestDatabases;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresFunctionsTest {

    private static final int[][] ORDINARY = {
        {0x20, 0x7E}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x1E00, 0x1EFF}, {0xFF01, 0xFF5E},
    };

    @Test
    void theTranslateListStaysReasonablySmall() {
        int size = PostgresFunctions.listSize();
        assertTrue(size > 3_000 && size <= PostgresFunctions.MAX_LIST, "list of " + size);
        assertTrue(PostgresFunctions.createFold().length() < 100_000, "function of " + PostgresFunctions.createFold().length());
    }

    @Test
    void foldsOrdinaryTextExactlyAsTextFold() {
        for (int[] block : ORDINARY) {
            for (int c = block[0]; c <= block[1]; c++) {
                String text = String.valueOf((char) c);
                String expected = TextFold.fold(text);
                if (expected.length() <= 1) {
                    assertEquals(expected, PostgresFunctions.fold(text), String.format("U+%04X", c));
                }
            }
        }
        for (String text : List.of("Crème Brûlée à l'Hôtel", "TIẾNG VIỆT CÓ DẤU", "Ærøskøbing", "ΕΛΛΗΝΙΚΆ", "МОСКВА ЁЛКА",
                "ｆｕｌｌｗｉｄｔｈ", "Re\u0301sume\u0301", "İstanbul", "STRAẞE", "emoji 😀 中文")) {
            assertEquals(TextFold.fold(text), PostgresFunctions.fold(text), text);
        }
    }

    /** What one-for-one mapping cannot do (documented on PostgresFunctions). */
    @Test
    void keepsLigaturesAndTheFinalSigmaApart() {
        assertEquals("file", TextFold.fold("ﬁle"));
        assertEquals("ﬁle", PostgresFunctions.fold("ﬁle"));
        assertEquals("οδος", TextFold.fold("ΟΔΟΣ"));
        assertEquals("οδοσ", PostgresFunctions.fold("ΟΔΟΣ"));
    }

    @Test
    void theSqlFunctionAgreesWithItsJavaTwinOnEveryBmpCharacter() throws SQLException {
        List<String> texts = new ArrayList<>();
        for (char c = 1; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c)) {
                texts.add(String.valueOf(c));
            }
        }
        texts.add("Crème Brûlée, TIẾNG VIỆT, МОСКВА, ｆｕｌｌ, Re\u0301sume\u0301, 😀 中文 ΟΔΟΣ ﬁle");
        texts.add("plain ASCII only, Upper Case");
        texts.add("only lower-case non-ascii: 中文 😀 ж");
        try (Database db = TestDatabases.open(TestDatabases.Kind.POSTGRES, "fold");
                Connection c = db.dataSource().getConnection()) {
            for (int i = 0; i < 2; i++) {
                for (String sql : db.dialect().ddl().setup()) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }
            }
            List<String> folded = new ArrayList<>();
            Array array = c.createArrayOf("text", texts.toArray());
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT enfyra_fold(u) FROM unnest(?::text[]) WITH ORDINALITY AS t(u, i) ORDER BY i")) {
                s.setArray(1, array);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        folded.add(r.getString(1));
                    }
                }
            }
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (!PostgresFunctions.fold(texts.get(i)).equals(folded.get(i))) {
                    differences.add(texts.get(i) + " -> " + folded.get(i));
                }
            }
            assertEquals(List.of(), differences);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT enfyra_fold(NULL)")) {
                r.next();
                assertNull(r.getString(1));
            }
        }
    }

    /** Inlined, the function costs no call per row and an expression index on it can be used. */
    @Test
    void isInlinedIntoTheQuery() throws SQLException {
        try (Database db = TestDatabases.open(TestDatabases.Kind.POSTGRES, "inline");
                Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : db.dialect().ddl().setup()) {
                s.execute(sql);
            }
            s.execute("CREATE TABLE t (s text COLLATE \"C\")");
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery("EXPLAIN VERBOSE SELECT * FROM t WHERE enfyra_fold(s) LIKE '%x%'")) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            assertFalse(plan.toString().contains("enfyra_fold"), plan.toString());
            assertTrue(plan.toString().contains("translate"), plan.toString());
        }
    }
    /**
     * The function carries the version that wrote it; a start whose database has this runtime's
     * leaves it alone (so it need not compute the map), and any other comment, or none, gets it
     * written again.
     */
    @Test
    void isWrittenOnlyWhenTheDatabaseDoesNotHaveThisRuntimesAlready() throws SQLException {
        try (Database db = TestDatabases.open(TestDatabases.Kind.POSTGRES, "fold_version");
                Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertFalse(PostgresFunctions.current(c), "no function yet");
            db.dialect().ddl().ensureSetup(c);
            assertTrue(PostgresFunctions.current(c));
            assertEquals("resume", fold(s, "RÉSUMÉ"));

            // Another body under this runtime's comment: left as it is.
            s.execute("CREATE OR REPLACE FUNCTION enfyra_fold(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'other' $$");
            assertTrue(PostgresFunctions.current(c), "CREATE OR REPLACE keeps the comment");
            db.dialect().ddl().ensureSetup(c);
            assertEquals("other", fold(s, "RÉSUMÉ"));

            // Written by another revision or JDK: written again.
            s.execute("COMMENT ON FUNCTION enfyra_fold(text) IS 'enfyra_fold revision 0, Java 21'");
            assertFalse(PostgresFunctions.current(c));
            db.dialect().ddl().ensureSetup(c);
            assertTrue(PostgresFunctions.current(c));
            assertEquals("resume", fold(s, "RÉSUMÉ"));
        }
    }

    private static String fold(Statement s, String text) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT enfyra_fold('" + text + "')")) {
            r.next();
            return r.getString(1);
        }
    }
}
