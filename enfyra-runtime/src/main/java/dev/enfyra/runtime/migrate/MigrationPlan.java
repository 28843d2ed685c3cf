package dev.enfyra.runtime.migrate;

import java.util.List;

/**
 * One recorded migration, parsed and checked: its steps, the schema it ends at, and the hashes
 * recomputed from the embedded text (never taken on trust from it).
 *
 * @param from        hash of the schema before, or {@code "empty"}
 * @param confirmHash null when no step is destructive
 * @param checksum    recomputed: SHA-256 of the canonical JSON of the file without {@code checksum}
 */
public record MigrationPlan(int version, String name, String from, String to, List<Step> steps,
        List<Destructive> destructive, String confirmHash, PhysicalSchema schema, String checksum, String textDigest) {

    public static final String EMPTY = "empty";

    public MigrationPlan {
        steps = List.copyOf(steps);
        destructive = List.copyOf(destructive);
    }

    /**
     * An applied migration whose text is byte for byte the text applied (same SHA-256), so it was
     * fully checked when it was applied and is not read again: only what the state table says.
     */
    static MigrationPlan trusted(int version, String name, String checksum, String confirmHash, String textDigest) {
        return new MigrationPlan(version, name, null, null, List.of(), List.of(), confirmHash, null, checksum, textDigest);
    }

    /** True for a plan taken from the state table without reading its text. */
    public boolean isTrusted() {
        return schema == null;
    }

    /** {@code 0003_rename_email}, as the file is named. */
    public String label() {
        return String.format("%04d_%s", version, name);
    }

    public boolean isDestructive() {
        return !destructive.isEmpty();
    }

    /** The destructive entry of step {@code index}, if it is one. */
    public Destructive destructiveAt(int index) {
        return destructive.stream().filter(d -> d.step() == index).findFirst().orElse(null);
    }

    /** A step that may lose data; {@code step} is its 0-based index in {@link #steps()}. */
    public record Destructive(int step, String code, String reason) {
    }
}
