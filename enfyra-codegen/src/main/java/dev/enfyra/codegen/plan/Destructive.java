package dev.enfyra.codegen.plan;

import java.util.Objects;

/**
 * A step that may lose data (or fail on existing data) and so must be confirmed.
 *
 * @param step   index into the plan's {@code steps} array, from 0
 * @param code   the analyzer's stable code, e.g. {@code ENF-C002}
 * @param reason what is at stake, e.g. {@code drops column posts.body (text)}
 */
public record Destructive(int step, String code, String reason) {
    public Destructive {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
