package dev.enfyra.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Enfyra's own data (snapshots, the filter oracle) lives outside the repository, in the folder
 * named by the system property {@code enfyra.shared.dir} (set by surefire). Tests that need it
 * are skipped, with the reason shown, when it is absent; on CI ({@code CI=true}) its absence is
 * a failure, so that a broken checkout cannot pass by skipping.
 */
public final class SharedData {
    public static final String PROPERTY = "enfyra.shared.dir";

    private SharedData() {
    }

    /** The folder {@code relative} under the shared data, or a skip (a failure on CI). */
    public static Path folder(String relative) {
        return folder(System.getProperty(PROPERTY), relative, "true".equals(System.getenv("CI")));
    }

    static Path folder(String root, String relative, boolean ci) {
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
        if (ci) {
            return Assertions.fail(reason + " (CI=true: shared data is required)");
        }
        return Assumptions.abort(reason + "; skipping (set -D" + PROPERTY + " to Enfyra's shared data)");
    }
}
