package dev.enfyra.core.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The small pieces of reading a query that every part shares: lists, whole numbers, errors. */
final class Syntax {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    private static final int SHOWN_CHARS = 60;

    private Syntax() {
    }

    static QueryException bad(String location, String detail) {
        return new QueryException(QueryException.Code.BAD_REQUEST, location, detail);
    }

    /** {@code name} under {@code prefix}: {@code fields}, or {@code deep.posts.fields}. */
    static String at(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** {@code text} in quotes, shortened: error messages echo input, never unbounded input. */
    static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }

    /** Splits a comma-separated list; entries are trimmed and none may be empty. */
    static List<String> split(String text, String location, QueryLimits limits) {
        checkLength(text, location, limits);
        long entries = text.chars().filter(c -> c == ',').count() + 1;
        if (entries > limits.maxEntries()) {
            throw bad(location, "too many entries: " + entries + ", at most " + limits.maxEntries());
        }
        List<String> tokens = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            tokens.add(entry(parts[i], location + "[" + i + "]"));
        }
        return tokens;
    }

    /** A list inside {@code deep}: a comma-separated string, or an array of strings as Enfyra allows. */
    static List<String> tokens(JsonNode node, String location, QueryLimits limits) {
        if (node.isTextual()) {
            return split(node.textValue(), location, limits);
        }
        if (!node.isArray()) {
            throw bad(location, "expected a comma-separated string or an array of strings, found " + show(node));
        }
        if (node.size() > limits.maxEntries()) {
            throw bad(location, "too many entries: " + node.size() + ", at most " + limits.maxEntries());
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = location + "[" + i + "]";
            if (!node.get(i).isTextual()) {
                throw bad(at, "expected a string, found " + show(node.get(i)));
            }
            tokens.add(entry(node.get(i).textValue(), at));
        }
        if (tokens.isEmpty()) {
            throw bad(location, "expected at least one entry, found []");
        }
        return tokens;
    }

    static void checkLength(String text, String location, QueryLimits limits) {
        if (text.length() > limits.maxParamLength()) {
            throw bad(location, "too long: " + text.length() + " characters, at most " + limits.maxParamLength());
        }
    }

    /** A whole number written in a query string: digits with an optional minus sign, nothing else. */
    static BigInteger wholeNumber(String text, String location) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw bad(location, "expected a whole number, found " + quote(text));
        }
        return new BigInteger(text); // at most maxParamLength digits, parsed in linear chunks
    }

    /** A whole number in JSON; a number in quotes is refused, as JSON has numbers for that. */
    static BigInteger wholeNumber(JsonNode node, String location) {
        if (!node.isIntegralNumber()) {
            throw bad(location, "expected a whole number, found " + show(node));
        }
        return node.bigIntegerValue();
    }

    /** {@code limit}: 0 means all rows (unless the limits forbid it), else 1 to the maximum. */
    static int limit(BigInteger value, String location, QueryLimits limits) {
        if (value.signum() < 0) {
            throw bad(location, "limit must not be negative, found " + shorten(value));
        }
        if (value.signum() == 0 && !limits.allowAll()) {
            throw bad(location, "limit=0 (all rows) is not allowed here; give a limit from 1 to " + limits.maxLimit());
        }
        if (value.compareTo(BigInteger.valueOf(limits.maxLimit())) > 0) {
            throw bad(location, "limit must be at most " + limits.maxLimit() + ", found " + shorten(value));
        }
        return value.intValueExact();
    }

    /** {@code page}: 1-based; page 2 and later need a limit, since limit 0 puts every row on page 1. */
    static int page(BigInteger value, int limit, String location) {
        if (value.signum() <= 0) {
            throw bad(location, "page must be at least 1, found " + shorten(value));
        }
        if (value.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            throw bad(location, "page must be at most " + Integer.MAX_VALUE + ", found " + shorten(value));
        }
        if (limit == 0 && !value.equals(BigInteger.ONE)) {
            throw bad(location, "page " + value + " needs a limit: with limit 0 every row is on page 1");
        }
        return value.intValueExact();
    }

    private static String shorten(BigInteger value) {
        return shorten(value.toString());
    }

    static String show(JsonNode node) {
        String text = node.toString();
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }

    private static String entry(String raw, String location) {
        String entry = raw.strip();
        if (entry.isEmpty()) {
            throw bad(location, "empty entry; remove the extra comma");
        }
        return entry;
    }
}
