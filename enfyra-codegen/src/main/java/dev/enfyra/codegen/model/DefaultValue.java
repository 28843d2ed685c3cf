package dev.enfyra.codegen.model;

/** A column default: none, the current time ({@code "now"}), or a literal kept as canonical JSON. */
public sealed interface DefaultValue {

    None NONE = new None();
    Now NOW = new Now();

    record None() implements DefaultValue {
    }

    /** {@code "now"}: the current date or time when the row is inserted. */
    record Now() implements DefaultValue {
    }

    /** The literal as compact JSON text, e.g. {@code true}, {@code 10}, {@code "draft"}, {@code ["a"]}. */
    record Literal(String json) implements DefaultValue {
    }
}
