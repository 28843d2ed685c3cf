package dev.enfyra.runtime.dialect;

/** Paging and ordering clauses. */
public interface Paging {

    /** {@code LIMIT n OFFSET m} or the database's form; numbers are inlined (they are validated ints). */
    String limitOffset(int limit, long offset);

    /**
     * One ORDER BY key with NULLs last when ascending and first when descending, as the in-memory
     * reference orders them, whatever the database's own default.
     */
    String orderKey(String expression, boolean descending);
}
