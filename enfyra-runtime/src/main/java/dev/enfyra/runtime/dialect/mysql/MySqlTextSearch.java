package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.core.filter.Operator;
import dev.enfyra.core.filter.TextFold;
import dev.enfyra.runtime.dialect.TextSearch;

/**
 * {@code column COLLATE <accent- and case-insensitive collation> LIKE pattern}, the pattern folded
 * by {@link TextFold}. The column is compared through a collation instead of being folded, so
 * the answer is the collation's (UCA) idea of "same letter", which is not NFKD's everywhere.
 * LIKE compares one character with one character, so UCA expansions never match two pattern
 * characters: {@code ß} does not match {@code ss}, nor {@code æ} {@code ae}, as with NFKD.
 *
 * <p>Differences from {@code TextFold}, measured for MariaDB's {@code utf8mb4_unicode_ci} (UCA
 * 4.0) over every BMP character:
 * <ul>
 *   <li>missed (folded equal, not matched): characters whose fold is several characters
 *       (ligatures {@code Ĳ ǅ ﬁ}, fractions {@code ½}, {@code …}, {@code №}, circled numbers
 *       from 10, squared CJK units, Hangul syllables against jamo); Cyrillic letters UCA ranks as
 *       letters of their own ({@code й} is not {@code и}, nor {@code ї ў ѓ ќ} and the {@code Ӑ…ӹ}
 *       series); upper-case letters newer than Unicode 4.0, which do not match their lower case
 *       ({@code ẞ}, {@code Ⱥ}, Georgian Mtavruli, Cherokee, Glagolitic, Coptic, Latin Extended-C
 *       and -D); spacing accents ({@code ¨ ´ ˜}, which fold to a space); subscript letters
 *       ({@code ₐ}); Kangxi radicals and CJK compatibility ideographs;</li>
 *   <li>found (not folded equal, matched): Greek {@code ς ϲ Σ σ} all alike; {@code Ґ} and
 *       {@code Г}; {@code ͺ} and {@code ι}; the decimal digits of other scripts ({@code ٣ ३ ๓})
 *       and dingbat digits ({@code ❸ ➂}) match ASCII digits.</li>
 * </ul>
 * Unlike its UCA 5.2 and 14.0 collations, {@code utf8mb4_unicode_ci} keeps {@code ø đ ł ħ}
 * apart from {@code o d l h}, as NFKD does. MySQL's {@code utf8mb4_0900_ai_ci} (UCA 9.0) is
 * expected to behave as MariaDB's {@code uca1400_ai_ci} measured here: it also equates those
 * letters with their base ({@code "Søren"} contains {@code "soren"}, {@code "Đà"} contains
 * {@code "da"}), and knows the newer letters. Not tested against a MySQL server.
 */
final class MySqlTextSearch implements TextSearch {

    /** Not backslash: a backslash in a string literal is itself an escape unless NO_BACKSLASH_ESCAPES is set. */
    private static final char ESCAPE = '!';

    private final MySqlDialect.Flavor flavor;

    MySqlTextSearch(MySqlDialect.Flavor flavor) {
        this.flavor = flavor;
    }

    @Override
    public String predicate(String columnSql) {
        return columnSql + " COLLATE " + flavor.searchCollation() + " LIKE ? ESCAPE '" + ESCAPE + "'";
    }

    @Override
    public String pattern(Operator op, String text) {
        return TextSearch.wrap(op, TextSearch.escapeLike(TextFold.fold(text), ESCAPE));
    }
}
