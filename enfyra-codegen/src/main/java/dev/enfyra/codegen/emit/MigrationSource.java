package dev.enfyra.codegen.emit;

import java.util.Objects;

/** A recorded migration file as the emitters need it: version, name and the exact text. */
public record MigrationSource(int version, String name, String text) {
    public MigrationSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
