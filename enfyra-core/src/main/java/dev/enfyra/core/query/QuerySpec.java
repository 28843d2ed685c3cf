package dev.enfyra.core.query;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a read asks: the one value that REST parameters, GraphQL arguments, the typed query
 * builder and the client SDK produce, and that the SQL engine and {@link InMemoryQuery} consume.
 * {@link QueryParams} reads it from a request, checked against the schema, and writes it back.
 *
 * <ul>
 *   <li>{@code sort}: the keys asked for; the engine always appends the primary key ascending
 *       (unless it is already a key), so that paging is stable. No keys: primary key ascending.
 *   <li>{@code limit}: rows per page, 0 for all; {@code page} is 1-based.
 *   <li>{@code deep}: per expanded relation, what to apply to its rows: filter, sort, limit and
 *       page per parent row, and its own deep. Its {@code fields} is always the relation's entry
 *       in this spec's {@code fields.expanded()}, so the selection has one home. Only non-trivial
 *       entries are kept: an entry that changes nothing is dropped, so equal meanings are equal
 *       values. A deep spec has no meta and no aggregates.
 *   <li>{@code aggregates}: ordered by function (count, sum, avg, min, max), then as given.
 * </ul>
 */
public record QuerySpec(
        Filter filter,
        FieldSelection fields,
        List<SortKey> sort,
        int limit,
        int page,
        Set<MetaKind> meta,
        Map<String, QuerySpec> deep,
        List<Aggregate> aggregates) {

    /** Enfyra's default page size of a top-level read. */
    public static final int DEFAULT_LIMIT = 10;

    public QuerySpec {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(fields, "fields");
        sort = distinctSort(sort);
        if (limit < 0 || page < 1) {
            throw new IllegalArgumentException("limit must be at least 0 and page at least 1");
        }
        if (limit == 0 && page != 1) {
            throw new IllegalArgumentException("page " + page + " needs a limit");
        }
        meta = Collections.unmodifiableSet(meta.isEmpty() ? EnumSet.noneOf(MetaKind.class) : EnumSet.copyOf(meta));
        deep = checkDeep(fields, deep);
        aggregates = ordered(aggregates);
    }

    /** A top-level read of {@code fields} with every other part at its default. */
    public static QuerySpec of(FieldSelection fields) {
        return new QuerySpec(Filter.all(), fields, List.of(), DEFAULT_LIMIT, 1, Set.of(), Map.of(), List.of());
    }

    /** What to apply to the rows of an expanded relation: by default all of them, by primary key. */
    public static QuerySpec nested(FieldSelection fields, Filter filter, List<SortKey> sort, int limit, int page,
            Map<String, QuerySpec> deep) {
        return new QuerySpec(filter, fields, sort, limit, page, Set.of(), deep, List.of());
    }

    /** Rows skipped before this page. */
    public long offset() {
        return (long) (page - 1) * limit;
    }

    /** True when, as a deep entry, this changes nothing: every row, by primary key, no nested deep. */
    boolean changesNothing() {
        return filter.equals(Filter.all()) && sort.isEmpty() && limit == 0 && page == 1 && deep.isEmpty()
                && meta.isEmpty() && aggregates.isEmpty();
    }

    private static List<SortKey> distinctSort(List<SortKey> sort) {
        List<SortKey> copy = List.copyOf(sort);
        Set<FieldPath> paths = new HashSet<>();
        for (SortKey key : copy) {
            if (!paths.add(key.path())) {
                throw new IllegalArgumentException("sort key " + key.path() + " given twice");
            }
        }
        return copy;
    }

    private static Map<String, QuerySpec> checkDeep(FieldSelection fields, Map<String, QuerySpec> deep) {
        Map<String, QuerySpec> kept = new LinkedHashMap<>();
        deep.forEach((relation, spec) -> {
            FieldSelection selection = fields.expanded().get(relation);
            if (selection == null || !selection.equals(spec.fields())) {
                throw new IllegalArgumentException("deep." + relation + ": the relation must be expanded in fields,"
                        + " with the same selection as the deep spec");
            }
            if (!spec.meta().isEmpty() || !spec.aggregates().isEmpty()) {
                throw new IllegalArgumentException("deep." + relation + ": meta and aggregates apply only at the top");
            }
            if (!spec.changesNothing()) {
                kept.put(relation, spec);
            }
        });
        return Collections.unmodifiableMap(kept);
    }

    private static List<Aggregate> ordered(Collection<Aggregate> aggregates) {
        List<Aggregate> sorted = new ArrayList<>(aggregates);
        if (new HashSet<>(sorted).size() != sorted.size()) {
            throw new IllegalArgumentException("an aggregate is given twice: " + aggregates);
        }
        // Stable: within one function the given order stays, as the JSON form lists it.
        sorted.sort(Comparator.comparing(Aggregate::function));
        return List.copyOf(sorted);
    }
}
