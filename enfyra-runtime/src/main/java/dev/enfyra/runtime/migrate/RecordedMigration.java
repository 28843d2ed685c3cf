package dev.enfyra.runtime.migrate;

/**
 * One recorded migration as the application embeds it: the generator writes one implementation
 * per {@code src/main/enfyra/migrations/NNNN_name.json}, holding that file's text byte for byte.
 * The runtime parses and checks the text itself ({@link PlanReader}); only its digest is taken as
 * given, for the migrations already applied with that very digest.
 */
public interface RecordedMigration {

    /** NNNN of the file name. */
    int version();

    /** The name part of the file name ({@code [a-z0-9_]+}). */
    String name();

    /** The recorded file's exact JSON text. */
    String plan();

    /**
     * The SHA-256 (hex) of {@link #plan()}'s UTF-8 bytes. The generated classes give the digest
     * the compiler computed from the same text, so that a start-up with nothing pending compares
     * digests with the state table without loading or hashing the texts; a plan that is read is
     * hashed again and must match it. The default computes it.
     */
    default String planDigest() {
        return CanonicalJson.sha256(plan());
    }
}
