package dev.enfyra.codegen.emit;

import java.util.Objects;

/** One generated file: its path relative to the output root (forward slashes) and its exact content. */
public record GeneratedFile(String path, String content) {
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
