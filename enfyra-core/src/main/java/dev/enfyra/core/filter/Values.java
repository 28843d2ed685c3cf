package dev.enfyra.core.filter;

import dev.enfyra.core.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.UUID;

/**
 * Brings a row value or a filter value to one canonical form per {@link DataType}, so that
 * values compare by what they mean rather than by their Java class: numbers by value across
 * Integer, Long, BigDecimal and Double; date-times by instant; UUIDs whether held as UUID or
 * text. Rows come from JDBC, JSON or generated records, so each type accepts the usual
 * representations; anything else is a programming error.
 *
 * <p>Public because sorting ({@code dev.enfyra.core.query}) must order values exactly as the
 * range operators compare them.
 */
public final class Values {
    private Values() {
    }

    /** The canonical form of non-null {@code value} read as {@code type}. */
    public static Object canonical(DataType type, Object value) {
        return switch (type) {
            case INT, BIGINT, FLOAT, DECIMAL -> decimal(value);
            case VARCHAR, TEXT, CODE, RICHTEXT, ENUM, OBJECT_ID -> text(type, value);
            case BOOLEAN -> bool(value);
            case UUID -> uuid(value);
            case DATE -> date(value);
            case DATETIME, TIMESTAMP -> instant(value);
            case ARRAY_SELECT, SIMPLE_JSON -> value;
        };
    }

    /**
     * Compares two canonical values of the same type. Text compares by Unicode code point, which
     * is the order of its UTF-8 bytes: that of PostgreSQL's {@code COLLATE "C"} and MySQL's
     * {@code utf8mb4_bin}, the binary collations the SQL engine asks for. {@link String#compareTo}
     * would compare UTF-16 units and put U+10000 and above before U+E000..U+FFFF.
     */
    @SuppressWarnings("unchecked")
    public static int compare(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return compareCodePoints(s, t);
        }
        if (a instanceof UUID u && b instanceof UUID v) {
            // As databases order uuids (and their text): unsigned. UUID.compareTo is signed,
            // which would put "8…" to "f…" before "0…".
            int high = Long.compareUnsigned(u.getMostSignificantBits(), v.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(u.getLeastSignificantBits(), v.getLeastSignificantBits());
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case BigInteger i -> new BigDecimal(i);
            // valueOf: a double compares as its shortest decimal form, so 0.1 equals 0.1.
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> new BigDecimal(Float.toString(f));
            case String s -> parse(s, BigDecimal::new, "a number");
            default -> throw unsupported(value, "a number");
        };
    }

    private static String text(DataType type, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (type == DataType.ENUM && value instanceof Enum<?> e) {
            return e.name();
        }
        throw unsupported(value, "a String");
    }

    private static Boolean bool(Object value) {
        return switch (value) {
            case Boolean b -> b;
            // MySQL and MariaDB return BOOLEAN columns as TINYINT(1).
            case Number n when n.intValue() == 0 || n.intValue() == 1 -> n.intValue() == 1;
            case String s when s.equals("true") || s.equals("false") -> Boolean.valueOf(s);
            default -> throw unsupported(value, "a Boolean");
        };
    }

    private static UUID uuid(Object value) {
        return switch (value) {
            case UUID u -> u;
            case String s -> parse(s, UUID::fromString, "a UUID");
            default -> throw unsupported(value, "a UUID");
        };
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case String s -> parse(s, LocalDate::parse, "an ISO date");
            default -> throw unsupported(value, "a LocalDate");
        };
    }

    /** A date-time without an offset is taken as UTC, as Enfyra stores date-times. */
    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime t -> t.toInstant();
            case ZonedDateTime t -> t.toInstant();
            case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
            case Date d -> Instant.ofEpochMilli(d.getTime());
            case String s -> parse(s, Values::parseDateTime, "an ISO date-time");
            default -> throw unsupported(value, "an OffsetDateTime or Instant");
        };
    }

    private static Instant parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    private interface Parse<T> {
        T apply(String text);
    }

    private static <T> T parse(String text, Parse<T> parse, String expected) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw unsupported(text, expected);
        }
    }

    private static IllegalArgumentException unsupported(Object value, String expected) {
        return new IllegalArgumentException("expected " + expected + ", got "
                + value.getClass().getSimpleName() + " " + value);
    }
}
