package dev.enfyra.codegen;

import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads one of the four saved versions of Enfyra's own schema, with its migration hints. */
public final class EnfyraData {

    /** Version suffixes in history order; "" is HEAD. */
    public static final String[] VERSIONS = {"-73cb3680", "-27c3029b", "-8962ff10", ""};

    private EnfyraData() {
    }

    public static SnapshotInput input(String version) {
        Path dir = SharedData.enfyraData();
        boolean head = version.isEmpty();
        return new SnapshotInput("snapshot" + version + ".json",
                source(dir, "snapshot" + version + ".json"),
                source(dir, "snapshot-migration" + version + ".json"),
                head ? source(dir, "default-data.json") : Optional.empty(),
                head ? source(dir, "data-migration.json") : Optional.empty());
    }

    public static Result<Schema> compile(String version) {
        return Frontend.compile(input(version));
    }

    private static Optional<SchemaSource> source(Path dir, String name) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Optional.of(SchemaSource.read(file, name)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
