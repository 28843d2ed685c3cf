package dev.enfyra.runtime.query;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was computed from a request's text (a query string, a GraphQL document), kept for the next
 * request with the same text. At most {@code maxEntries}; when full it starts over, so a client
 * sending ever new texts costs memory for at most that many. Only values that were computed
 * without an exception are kept: a bad request is checked again every time.
 */
public final class TextCache<V> {

    private final int maxEntries;
    private final ConcurrentHashMap<String, V> entries = new ConcurrentHashMap<>();

    public TextCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public V get(String text, Function<String, V> compute) {
        V value = entries.get(text);
        if (value == null) {
            value = compute.apply(text);
            put(text, value);
        }
        return value;
    }

    /** Keeps {@code value} for {@code text}. */
    public void put(String text, V value) {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(text, value);
    }

    public V find(String text) {
        return entries.get(text);
    }
}
