package dev.enfyra.runtime.migrate;

/**
 * One recorded migration as the application embeds it: the generator writes one implementation
 * per {@code src/main/enfyra/migrations/NNNN_name.json}, holding that file's text byte for byte.
 * The runtime parses and checks the text itself ({@link PlanReader}); nothing else is trusted.
 */
public interface RecordedMigration {

    /** NNNN of the file name. */
    int version();

    /** The name part of the file name ({@code [a-z0-9_]+}). */
    String name();

    /** The recorded file's exact JSON text. */
    String plan();
}
