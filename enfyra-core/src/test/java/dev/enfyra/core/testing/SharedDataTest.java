package dev.enfyra.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

    @Test
    void findsAnExistingFolder(@TempDir Path root) throws Exception {
        java.nio.file.Files.createDirectories(root.resolve("a/b"));
        assertEquals(root.resolve("a/b"), SharedData.folder(root.toString(), "a/b", true));
    }

    @Test
    void skipsWithAReasonWhenMissing(@TempDir Path root) {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> SharedData.folder(root.toString(), "nope", false));
        assertTrue(e.getMessage().contains("nope is missing"), e.getMessage());
        assertThrows(TestAbortedException.class, () -> SharedData.folder(null, "nope", false));
    }

    @Test
    void failsOnCiWhenMissing(@TempDir Path root) {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> SharedData.folder(root.toString(), "nope", true));
        assertTrue(e.getMessage().contains("CI=true"), e.getMessage());
    }
}
