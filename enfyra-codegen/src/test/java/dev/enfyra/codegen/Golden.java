package dev.enfyra.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept next to the test input. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them from the actual output, then review the diff.
 */
public final class Golden {

    public static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    public static void check(Path expectedFile, String actual) {
        try {
            if (UPDATE) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "<missing " + expectedFile + ">";
            assertEquals(expected, actual, "golden file " + expectedFile + " differs (rerun with -Dgolden.update=true to accept)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
