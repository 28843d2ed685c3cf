package dev.enfyra.codegen.history;

import dev.enfyra.codegen.plan.MigrationPlan;
import java.util.Objects;

/**
 * One recorded migration: the file as named in messages, its exact text (which the generated
 * class embeds byte for byte), and the plan it holds.
 */
public record MigrationFile(String path, String text, MigrationPlan plan) {
    public MigrationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(plan, "plan");
    }

    public int version() {
        return plan.version();
    }

    public String name() {
        return plan.name();
    }
}
