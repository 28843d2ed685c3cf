package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.core.filter.TextFold;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;

/**
 * {@code enfyra_fold(text)}: {@link TextFold} as a PostgreSQL SQL function, and {@link #fold}, its
 * exact twin in Java, which folds the search pattern the same way.
 *
 * <p>The function is {@code translate()} with two strings computed here from the running JDK's
 * Unicode tables: every BMP character whose {@code TextFold.fold} is exactly one other character
 * maps to it ({@code É → e}, {@code Ａ → a}, {@code Ж → ж}), and every character that folds to
 * nothing (combining marks, so decomposed {@code e + U+0301} reads as {@code e}) is removed. The
 * map does all the lower-casing: {@code lower()} runs under {@code COLLATE "C"}, where it touches
 * ASCII only, the same on every server whatever its locale (under a libc or ICU locale it would
 * follow that library's Unicode version, not Java's).
 *
 * <p>What cannot be matched one character for one, and so differs from {@code TextFold}:
 * <ul>
 *   <li>characters whose fold is several characters, kept as they are: ligatures ({@code ﬁ},
 *       {@code Ĳ}, {@code ǅ}), fractions ({@code ½}), {@code …}, squared units ({@code ㎏}), Roman
 *       numerals ({@code Ⅻ}), and Hangul syllables (NFKD splits them into jamo): {@code "ﬁle"}
 *       does not contain {@code "fi"} here;</li>
 *   <li>the Greek final sigma: Java lower-cases a word-final {@code Σ} to {@code ς}, the map
 *       always to {@code σ};</li>
 *   <li>characters outside the BMP (mathematical alphanumerics such as {@code 𝐀}) and the few BMP
 *       characters that fold to one outside it, left as they are.</li>
 * </ul>
 * Both sides of a search go through the same map, so these are missed matches of exotic text,
 * never a pattern that cannot find its own text.
 *
 * <p>Speed: {@code translate()} looks each character up by scanning its list, so the list starts
 * with the blocks ordinary text is made of (identity entries included), and text without a
 * non-ASCII character to map (ASCII, most CJK) skips it for a regex scan. Measured on PostgreSQL
 * 15, 20,000 rows: ~0.5 µs per character of accented Latin text; ~17 µs per CJK character of text
 * that also holds a mapped one (4 s for rows of 12 such characters). Large tables searched often
 * want an expression index on {@code enfyra_fold(column)} (pg_trgm), which IMMUTABLE allows.
 */
final class PostgresFunctions {

    /** Blocks placed first in the translate list, in this order; common characters are found early. */
    private static final int[][] FREQUENT = {
        {0x01, 0x7F},      // ASCII, control characters included (tabs and newlines of rich text)
        {0xA0, 0x24F},     // Latin-1 Supplement, Latin Extended-A and -B
        {0x1E00, 0x1EFF},  // Latin Extended Additional (Vietnamese)
        {0x2000, 0x206F},  // General Punctuation (typographic quotes and dashes)
        {0x370, 0x3FF},    // Greek
        {0x400, 0x4FF},    // Cyrillic
    };

    /**
     * A bound on the translate list, so that a future Unicode version cannot silently make every
     * search slower; about 5,300 characters on Java 25.
     */
    static final int MAX_LIST = 8_000;

    /** The advisory lock taken while the function is replaced: "enfyra" in ASCII, then 1. */
    private static final long LOCK_KEY = 0x656E_6679_7261_0001L;

    /**
     * Bump when {@code TextFold} or the way the map is built changes: with the JDK's feature
     * version (its Unicode tables) it tells whether a database's {@code enfyra_fold} is the one
     * this runtime would write ({@link #current}).
     */
    static final int REVISION = 1;

    /** The comment {@code enfyra_fold} carries: what wrote it. */
    static final String VERSION = "enfyra_fold revision " + REVISION + ", Java " + Runtime.version().feature();

    private PostgresFunctions() {
    }

    /**
     * The map, computed from the JDK's Unicode tables when first used (a text search, or writing
     * the function): a pass over every BMP character, a tenth of a second and more on a cold JVM,
     * which a start-up whose database already has the current function does not pay.
     */
    private static final class Table {
        private static final char[] MAP = new char[0x10000];
        private static final BitSet DELETED = new BitSet(0x10000);
        private static final String FROM;
        private static final String TO;
        private static final String CHANGED_CLASS;

        static {
            BitSet placed = new BitSet(0x10000);
            StringBuilder from = new StringBuilder();
            StringBuilder to = new StringBuilder();
            StringBuilder deleted = new StringBuilder();
            for (char c = 0; c < 0xFFFF; c++) {
                MAP[c] = c;
            }
            MAP[0xFFFF] = 0xFFFF;
            for (int[] block : FREQUENT) {
                for (int c = block[0]; c <= block[1]; c++) {
                    place((char) c, true, placed, from, to, deleted);
                }
            }
            for (char c = 1; c < 0xFFFF; c++) {
                if (!placed.get(c) && !Character.isSurrogate(c)) {
                    place(c, false, placed, from, to, deleted);
                }
            }
            from.append(deleted);
            if (from.length() > MAX_LIST) {
                throw new IllegalStateException("the text folding map of this JDK has " + from.length()
                        + " characters, more than " + MAX_LIST + ": check its Unicode tables before raising the bound");
            }
            FROM = from.toString();
            TO = to.toString();
            CHANGED_CLASS = changedClass();
        }
    }

    /** Adds {@code c} to the list: mapped, deleted, or (in a frequent block) mapped to itself. */
    private static void place(char c, boolean frequent, BitSet placed, StringBuilder from, StringBuilder to,
            StringBuilder deleted) {
        String folded = TextFold.fold(String.valueOf(c));
        boolean single = folded.length() == 1 && folded.charAt(0) != c;
        if (folded.isEmpty()) {
            Table.DELETED.set(c);
            deleted.append(c);
        } else if (single || frequent) {
            char target = single ? folded.charAt(0) : c;
            Table.MAP[c] = target;
            from.append(c);
            to.append(target);
        } else {
            return;
        }
        placed.set(c);
    }

    /** A regex bracket expression of the non-ASCII characters the map changes (ASCII is lower()'s). */
    private static String changedClass() {
        BitSet changed = new BitSet(0x10000);
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (Table.DELETED.get(c) || Table.MAP[c] != c) {
                changed.set(c);
            }
        }
        StringBuilder out = new StringBuilder("[");
        for (int start = changed.nextSetBit(0); start >= 0; ) {
            int end = changed.nextClearBit(start) - 1;
            out.append((char) start);
            if (end > start) {
                out.append('-').append((char) end);
            }
            start = changed.nextSetBit(end + 1);
        }
        return out.append(']').toString();
    }

    /** What {@code enfyra_fold} returns for {@code text}, computed in Java. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Table.DELETED.get(c)) {
                out.append(Table.MAP[c]);
            }
        }
        return out.toString();
    }

    /** The number of characters in the translate list, mapped or deleted. */
    static int listSize() {
        return Table.FROM.length();
    }

    /**
     * Creates or replaces {@code enfyra_fold} in the first schema of the search path. Not STRICT,
     * so PostgreSQL inlines it into the query (NULL still gives NULL); under an advisory lock,
     * because two instances replacing one function at once fail with "tuple concurrently updated".
     */
    static String createFold() {
        String body = "SELECT CASE WHEN $1 ~ " + literal(Table.CHANGED_CLASS)
                + " THEN lower(translate($1, " + literal(Table.FROM) + ", " + literal(Table.TO) + ") COLLATE \"C\")"
                + " ELSE lower($1 COLLATE \"C\") END";
        if (body.contains("$fold$") || body.contains("$enfyra$")) {
            throw new IllegalStateException("the folding map contains a dollar-quote tag");
        }
        return "DO $enfyra$ BEGIN\n"
                + "PERFORM pg_advisory_xact_lock(" + LOCK_KEY + ");\n"
                + "CREATE OR REPLACE FUNCTION enfyra_fold(text) RETURNS text"
                + " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fold$ " + body + " $fold$;\n"
                + "COMMENT ON FUNCTION enfyra_fold(text) IS " + literal(VERSION) + ";\n"
                + "END $enfyra$";
    }

    /**
     * Whether the first schema of the search path holds the {@code enfyra_fold} this runtime
     * writes, as its comment ({@link #VERSION}) says: then it need not be computed and written again.
     */
    static boolean current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT obj_description(p.oid, 'pg_proc') FROM pg_proc p"
                        + " WHERE p.proname = 'enfyra_fold' AND p.pronamespace = current_schema()::regnamespace")) {
            return rs.next() && VERSION.equals(rs.getString(1));
        }
    }

    /** An {@code E'…'} literal: read the same whatever {@code standard_conforming_strings} says. */
    private static String literal(String text) {
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
