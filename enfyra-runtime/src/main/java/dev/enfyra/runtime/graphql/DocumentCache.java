package dev.enfyra.runtime.graphql;

import dev.enfyra.runtime.query.TextCache;
import graphql.ExecutionInput;
import graphql.language.Document;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents by their text, so that a client sending the same query again
 * (with other variables) skips graphql-java's parser and validator, a fifth of a small query's
 * cost. Only documents that passed validation are kept, at most {@link #MAX_ENTRIES}.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    static final int MAX_ENTRIES = 1_000;

    private final TextCache<PreparsedDocumentEntry> entries = new TextCache<>(MAX_ENTRIES);

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.find(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                entries.put(input.getQuery(), entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The parsed and validated document of {@code text}, if it is kept; else null. */
    Document document(String text) {
        PreparsedDocumentEntry entry = entries.find(text);
        return entry == null ? null : entry.getDocument();
    }
}
