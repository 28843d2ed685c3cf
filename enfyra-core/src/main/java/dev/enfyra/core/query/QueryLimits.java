package dev.enfyra.core.query;

/**
 * Bounds on what one request may ask, so that hostile input fails fast with an error naming the
 * bound instead of costing memory or database time.
 *
 * @param maxLimit       the largest positive {@code limit}
 * @param allowAll       whether {@code limit=0} ("all rows", Enfyra's meaning) is accepted
 * @param maxParamLength characters in the value of one query parameter
 * @param maxEntries     entries in one list: fields, sort keys, meta values, aggregates
 * @param maxPathLength  segments of one dotted path, e.g. 3 for {@code post.author.name}
 * @param maxDeepDepth   levels of {@code deep} inside one another
 */
public record QueryLimits(
        int maxLimit, boolean allowAll, int maxParamLength, int maxEntries, int maxPathLength, int maxDeepDepth) {

    /**
     * 10,000 rows a page, {@code limit=0} allowed (Enfyra's admin app relies on it), 64 KiB a
     * parameter, 500 entries a list, paths of 8 segments, 5 levels of deep.
     */
    public static final QueryLimits DEFAULT = new QueryLimits(10_000, true, 65_536, 500, 8, 5);

    public QueryLimits {
        if (maxLimit < 1 || maxParamLength < 1 || maxEntries < 1 || maxPathLength < 1 || maxDeepDepth < 0) {
            throw new IllegalArgumentException("query limits must be positive");
        }
    }

    public QueryLimits withMaxLimit(int maxLimit, boolean allowAll) {
        return new QueryLimits(maxLimit, allowAll, maxParamLength, maxEntries, maxPathLength, maxDeepDepth);
    }
}
