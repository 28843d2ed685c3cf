/**
 * The one filter tree of Enfyra for Java: {@link dev.enfyra.core.filter.Filter} (sealed records),
 * read from a client's JSON by {@link dev.enfyra.core.filter.FilterParser}, written back by
 * {@link dev.enfyra.core.filter.FilterJson}, evaluated in memory by
 * {@link dev.enfyra.core.filter.FilterEvaluator}, the reference for every SQL rendering.
 *
 * <p>Semantics, pinned by Enfyra's own oracle (10,000 filters) where it has an opinion:
 * SQL three-valued logic; a comparison with NULL, a NULL to-one relation included, is UNKNOWN,
 * so {@code _neq}, {@code _not_in} and {@code _not} never match it; to-one relations are LEFT
 * JOINs, to-many relations EXISTS. Where the oracle is silent, the choice that keeps the
 * operators each other's exact negation won: {@code _in: []} is FALSE and {@code _not_in: []}
 * TRUE for non-null values, both UNKNOWN for NULL (a renderer can write them as
 * {@code x <> x} and {@code x = x}).
 */
package dev.enfyra.core.filter;
