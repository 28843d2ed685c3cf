package dev.enfyra.runtime.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and validated documents by their text, so that a client sending the same query again
 * (with other variables) skips graphql-java's parser and validator, a third of a small query's
 * cost. Only documents that passed validation are kept, at most {@link #MAX_ENTRIES}; when full
 * the cache starts over, so a client sending ever new texts costs memory for at most that many.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    static final int MAX_ENTRIES = 1_000;

    private final ConcurrentHashMap<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(input.getQuery(), entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        return entries.size();
    }
}
