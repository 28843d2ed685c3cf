package dev.enfyra.codegen.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The four schema files of a project. Only {@code snapshot.json} is required; a missing
 * {@code snapshot} here means the file itself was not found.
 */
public record SnapshotInput(
        String snapshotName,
        Optional<SchemaSource> snapshot,
        Optional<SchemaSource> hints,
        Optional<SchemaSource> defaultData,
        Optional<SchemaSource> dataMigration) {

    public static final String SNAPSHOT = "snapshot.json";
    public static final String HINTS = "snapshot-migration.json";
    public static final String DEFAULT_DATA = "default-data.json";
    public static final String DATA_MIGRATION = "data-migration.json";

    public SnapshotInput {
        Objects.requireNonNull(snapshotName, "snapshotName");
    }

    /** Just a snapshot, e.g. in tests. */
    public static SnapshotInput of(SchemaSource snapshot) {
        return new SnapshotInput(snapshot.name(), Optional.of(snapshot), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads {@code snapshotFile} and, when present, its siblings {@code snapshot-migration.json},
     * {@code default-data.json} and {@code data-migration.json}. Files are named in messages
     * relative to {@code base} (normally the project or working directory).
     */
    public static SnapshotInput read(Path snapshotFile, Path base) throws IOException {
        Path dir = snapshotFile.toAbsolutePath().getParent();
        String name = display(snapshotFile, base);
        return new SnapshotInput(
                name,
                SchemaSource.readIfExists(snapshotFile, name),
                sibling(dir, HINTS, base),
                sibling(dir, DEFAULT_DATA, base),
                sibling(dir, DATA_MIGRATION, base));
    }

    private static Optional<SchemaSource> sibling(Path dir, String fileName, Path base) throws IOException {
        Path path = dir.resolve(fileName);
        return SchemaSource.readIfExists(path, display(path, base));
    }

    /** Forward slashes on every OS, so messages and golden files do not depend on it. */
    public static String display(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
