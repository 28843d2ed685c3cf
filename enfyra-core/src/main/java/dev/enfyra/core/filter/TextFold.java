package dev.enfyra.core.filter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folding applied to both sides of {@code _contains}, {@code _starts_with} and
 * {@code _ends_with}: Unicode NFKD, combining marks removed, lower case. It matches Enfyra's
 * {@code foldForSqlSearch}, so that {@code "Résumé"} contains {@code "resume"} and {@code "É"}.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFold() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        // Locale.ROOT: a Turkish default locale must not turn "I" into a dotless "ı".
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
