package dev.enfyra.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Files of Enfyra's own history ({@code enfyra-data/} under the folder named by the system
 * property {@code enfyra.shared.dir}, else {@code ../../shared}). Absent: the test is skipped
 * with the reason shown, and fails under {@code CI=true}.
 */
public final class EnfyraData {

    private EnfyraData() {
    }

    public static String read(String file) {
        String configured = System.getProperty("enfyra.shared.dir");
        Path path = (configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "..", "shared"))
                .resolve("enfyra-data").resolve(file);
        if (!Files.isRegularFile(path)) {
            String reason = "Enfyra's " + file + " not found at " + path.toAbsolutePath().normalize()
                    + " (set -Denfyra.shared.dir to the folder holding enfyra-data/)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + "; under CI=true it is required");
            }
            Assumptions.abort(reason);
        }
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
