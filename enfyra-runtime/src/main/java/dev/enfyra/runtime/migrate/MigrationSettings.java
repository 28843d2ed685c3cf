package dev.enfyra.runtime.migrate;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the migrator behaves at startup ({@code enfyra.migrations.*}, docs/migrator.md).
 *
 * @param lockTimeout how long to wait for another instance's migration before giving up
 * @param repair      versions whose recorded checksum may be replaced by the application's,
 *                    when the live schema matches the history (see docs/migrator.md)
 */
public record MigrationSettings(Mode mode, Duration lockTimeout, Set<Integer> repair) {

    /** {@code auto}: apply at startup; {@code validate}: refuse to start while anything is pending; {@code off}: do nothing. */
    public enum Mode {
        AUTO, VALIDATE, OFF;

        public static Mode parse(String text) {
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(text.trim())) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("enfyra.migrations.mode (ENFYRA_MIGRATIONS_MODE) must be auto, validate or off, not \""
                    + text + "\"");
        }
    }

    public static final MigrationSettings DEFAULT = new MigrationSettings(Mode.AUTO, Duration.ofSeconds(60), Set.of());

    public MigrationSettings {
        Objects.requireNonNull(mode, "mode");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("enfyra.migrations.lockTimeout must not be negative");
        }
        repair = Set.copyOf(repair);
    }

    public MigrationSettings withMode(Mode newMode) {
        return new MigrationSettings(newMode, lockTimeout, repair);
    }

    /** {@code 60}, {@code 60s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT1M}). */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t);
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("enfyra.migrations.lockTimeout (ENFYRA_MIGRATIONS_LOCK_TIMEOUT) must be a duration"
                    + " such as 60, 60s, 500ms, 2m or PT1M, not \"" + text + "\"");
        }
    }
}
