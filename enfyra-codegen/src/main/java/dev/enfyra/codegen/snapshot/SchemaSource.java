package dev.enfyra.codegen.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The text of one schema file and the name diagnostics use for it. */
public record SchemaSource(String name, String text) {

    public SchemaSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** Reads {@code path} as UTF-8; {@code displayName} is how messages will name the file. */
    public static SchemaSource read(Path path, String displayName) throws IOException {
        return new SchemaSource(displayName, Files.readString(path, StandardCharsets.UTF_8));
    }

    /** The file if it exists, else empty. */
    public static Optional<SchemaSource> readIfExists(Path path, String displayName) throws IOException {
        return Files.isRegularFile(path) ? Optional.of(read(path, displayName)) : Optional.empty();
    }
}
