package dev.enfyra.codegen.check;

import dev.enfyra.codegen.physical.PhysicalColumn;
import java.util.Objects;
import java.util.Set;

/**
 * Which type changes keep every value (contract/plan-format.md, "Type narrowing"): int to
 * bigint; int or bigint to float, or to a decimal with room for all their digits; varchar to a
 * text type; text types among themselves; float to a decimal of at least {@value #DOUBLE_DIGITS}
 * digits; decimal growth that loses neither integer nor fraction digits; varchar growth; enum
 * values added. Everything else narrows.
 */
final class TypeWidening {

    /** Significant digits that round-trip every double. */
    static final int DOUBLE_DIGITS = 17;
    /** Digits of the largest int and bigint. */
    static final int INT_DIGITS = 10;
    static final int BIGINT_DIGITS = 19;

    private static final Set<String> TEXT = Set.of("text", "code", "richtext");

    private TypeWidening() {
    }

    static boolean keepsEveryValue(PhysicalColumn from, PhysicalColumn to) {
        String a = from.type();
        String b = to.type();
        if (a.equals(b)) {
            return switch (a) {
                case "varchar" -> length(to) >= length(from);
                case "decimal" -> to.scale() >= from.scale() && digits(to) >= digits(from);
                default -> true;
            };
        }
        return switch (a) {
            case "int" -> b.equals("bigint") || b.equals("float") || b.equals("decimal") && digits(to) >= INT_DIGITS;
            case "bigint" -> b.equals("float") || b.equals("decimal") && digits(to) >= BIGINT_DIGITS;
            case "float" -> b.equals("decimal") && to.precision() >= DOUBLE_DIGITS;
            case "varchar" -> TEXT.contains(b);
            default -> TEXT.contains(a) && TEXT.contains(b);
        };
    }

    private static int length(PhysicalColumn c) {
        return Objects.requireNonNullElse(c.length(), 255);
    }

    /** Digits before the decimal point. */
    private static int digits(PhysicalColumn c) {
        return c.precision() - c.scale();
    }
}
