package dev.enfyra.core.dsl;

/** A generated Java enum for an enum column: each constant keeps the string stored in the database. */
public interface EnfyraEnum {

    /** The value as stored and as sent over the API, e.g. {@code "draft"}. */
    String value();
}
