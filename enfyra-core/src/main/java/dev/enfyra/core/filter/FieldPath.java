package dev.enfyra.core.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A path from a table to what a condition tests: zero or more to-one relation property names,
 * then a column name, or ending at a to-one relation (meaning its id). The last segment of an
 * {@link Filter.Exists} path names the to-many relation itself.
 */
public record FieldPath(List<String> segments) {

    public FieldPath {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a field path needs at least one segment");
        }
        for (String segment : segments) {
            // A dot inside a segment would make toString() and parse() disagree.
            if (segment.isBlank() || segment.indexOf('.') >= 0) {
                throw new IllegalArgumentException("invalid field path segment \"" + segment + "\"");
            }
        }
    }

    public static FieldPath of(String first, String... rest) {
        List<String> segments = new ArrayList<>(rest.length + 1);
        segments.add(first);
        segments.addAll(Arrays.asList(rest));
        return new FieldPath(segments);
    }

    /** Parses the dotted form, e.g. {@code "author.email"}. */
    public static FieldPath parse(String dotted) {
        return new FieldPath(Arrays.asList(dotted.split("\\.", -1)));
    }

    /** This path followed by {@code segment}. */
    public FieldPath child(String segment) {
        List<String> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new FieldPath(longer);
    }

    /** The first segment. */
    public String head() {
        return segments.get(0);
    }

    /** The last segment: the column, or the relation the path ends at. */
    public String last() {
        return segments.get(segments.size() - 1);
    }

    public int size() {
        return segments.size();
    }

    /** The dotted form, e.g. {@code author.email}. */
    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
