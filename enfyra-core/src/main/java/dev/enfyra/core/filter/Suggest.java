package dev.enfyra.core.filter;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for query errors: the closest candidate within a small edit distance. The same
 * rule as the compiler's diagnostics (enfyra-codegen), repeated here because core depends on no
 * other module; public so that the query package shares it instead of holding a third copy.
 */
public final class Suggest {
    private Suggest() {
    }

    /** {@code "; did you mean \"x\"?"}, or "" when nothing is close enough. */
    public static String didYouMean(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String needle = input.toLowerCase(Locale.ROOT);
        // Sorted, so that ties are broken the same way whatever order the candidates came in.
        for (String candidate : candidates.stream().sorted().toList()) {
            int distance = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, input.length() / 3));
        return best != null && bestDistance <= allowed ? "; did you mean \"" + best + "\"?" : "";
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
