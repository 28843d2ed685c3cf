package dev.enfyra.runtime.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Enfyra's own data (the filter oracle) lives outside the repository, in the folder named by the
 * system property {@code enfyra.shared.dir} (set by surefire). Without it a test is skipped with
 * the reason shown; under {@code CI=true} that is a failure, so a broken checkout cannot pass by
 * skipping. (The same rule as enfyra-core's test helper, which this module cannot see.)
 */
final class SharedData {
    static final String PROPERTY = "enfyra.shared.dir";

    private SharedData() {
    }

    static Path folder(String relative) {
        String root = System.getProperty(PROPERTY);
        String reason;
        if (root == null || root.isBlank()) {
            reason = "system property " + PROPERTY + " is not set";
        } else {
            Path folder = Path.of(root).resolve(relative).normalize();
            if (Files.isDirectory(folder)) {
                return folder;
            }
            reason = "shared data folder " + folder + " is missing";
        }
        if ("true".equals(System.getenv("CI"))) {
            return Assertions.fail(reason + " (CI=true: shared data is required)");
        }
        return Assumptions.abort(reason + "; skipping (set -D" + PROPERTY + " to Enfyra's shared data)");
    }
}
