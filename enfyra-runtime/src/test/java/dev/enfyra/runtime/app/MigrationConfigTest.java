package dev.enfyra.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.runtime.migrate.MigrationSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code enfyra.migrations.*} and {@code enfyra.admin.token}: file keys, environment overrides, defaults, errors. */
class MigrationConfigTest {

    @Test
    void defaultsAreAutoSixtySecondsAndNoControlPlane() {
        RuntimeConfig config = RuntimeConfig.load(key -> null, Map.of());
        assertEquals(MigrationSettings.Mode.AUTO, config.migrations().mode());
        assertEquals(Duration.ofSeconds(60), config.migrations().lockTimeout());
        assertEquals(Set.of(), config.migrations().repair());
        assertNull(config.adminToken());
    }

    @Test
    void theFileSetsThemAndTheEnvironmentWins() {
        Map<String, String> file = Map.of("migrations.mode", "validate", "migrations.lockTimeout", "2m", "admin.token", "from-file",
                "migrations.repair", "3, 4");
        RuntimeConfig fromFile = RuntimeConfig.load(file::get, Map.of());
        assertEquals(MigrationSettings.Mode.VALIDATE, fromFile.migrations().mode());
        assertEquals(Duration.ofMinutes(2), fromFile.migrations().lockTimeout());
        assertEquals(Set.of(3, 4), fromFile.migrations().repair());
        assertEquals("from-file", fromFile.adminToken());
        RuntimeConfig fromEnv = RuntimeConfig.load(file::get, Map.of("ENFYRA_MIGRATIONS_MODE", "OFF",
                "ENFYRA_MIGRATIONS_LOCK_TIMEOUT", "500ms", "ENFYRA_ADMIN_TOKEN", "from-env"));
        assertEquals(MigrationSettings.Mode.OFF, fromEnv.migrations().mode());
        assertEquals(Duration.ofMillis(500), fromEnv.migrations().lockTimeout());
        assertEquals("from-env", fromEnv.adminToken());
    }

    @Test
    void badValuesNameTheKeyAndWhatIsExpected() {
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class,
                () -> RuntimeConfig.load(Map.of("migrations.mode", "sometimes")::get, Map.of()));
        assertTrue(mode.getMessage().contains("must be auto, validate or off, not \"sometimes\""), mode.getMessage());
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> RuntimeConfig.load(Map.of("migrations.lockTimeout", "soon")::get, Map.of()));
        assertTrue(timeout.getMessage().contains("ENFYRA_MIGRATIONS_LOCK_TIMEOUT"), timeout.getMessage());
        assertEquals(Duration.ofSeconds(90), MigrationSettings.parseDuration("PT1M30S"));
        assertEquals(Duration.ofSeconds(45), MigrationSettings.parseDuration("45"));
        assertNull(RuntimeConfig.load(Map.of("admin.token", "  ")::get, Map.of()).adminToken(), "a blank token is no token");
    }
}
