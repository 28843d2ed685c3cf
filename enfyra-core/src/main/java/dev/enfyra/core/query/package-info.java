/**
 * The query spec: everything a read asks besides what the filter package covers.
 * {@link dev.enfyra.core.query.QuerySpec} is the one value REST parameters, GraphQL arguments, the
 * typed query builder and the client SDK produce; {@link dev.enfyra.core.query.QueryParams} reads
 * it from Enfyra's query parameters, checked against the schema (every rejection a
 * {@link dev.enfyra.core.query.QueryException} with its location, e.g. {@code deep.posts.sort[1]}),
 * and writes it back canonically; {@link dev.enfyra.core.query.InMemoryQuery} runs it over rows in
 * memory, the reference for the SQL engine.
 *
 * <p>Choices the SQL engine must match: NULL sorts last ascending and first descending; text
 * sorts by code point (a binary collation); the primary key ascending ends every order; limit
 * and page of a deep relation apply per parent row; aggregates and {@code filterCount} count the
 * matching rows before paging, {@code totalCount} all rows.
 */
package dev.enfyra.core.query;
