package dev.enfyra.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Enfyra's own data files ({@code ../shared/enfyra-data}). Tests that need them skip with a
 * visible reason where the folder is absent, except under {@code CI=true}, where that fails.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path enfyraData() {
        String configured = System.getProperty("enfyra.shared.dir");
        Path dir = (configured != null ? Path.of(configured) : Path.of("..", "..", "shared")).resolve("enfyra-data");
        if (!Files.isDirectory(dir)) {
            String reason = "Enfyra's data files not found at " + dir.toAbsolutePath().normalize()
                    + " (set -Denfyra.shared.dir to the folder holding enfyra-data/)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + "; under CI=true they are required");
            }
            Assumptions.abort(reason);
        }
        return dir;
    }
}
