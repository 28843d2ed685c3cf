package dev.enfyra.codegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.enfyra.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @Test
    void writesChangedFilesOnlyAndDeletesStaleOnes(@TempDir Path out) throws IOException {
        OutputWriter.write(out, List.of(new GeneratedFile("a/A.java", "A1"), new GeneratedFile("b/B.java", "B1")));
        FileTime aTime = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(out.resolve("a/A.java"), aTime);

        OutputWriter.Summary summary = OutputWriter.write(out, List.of(new GeneratedFile("a/A.java", "A1"),
                new GeneratedFile("c/C.java", "C1")));
        assertEquals(new OutputWriter.Summary(1, 1, 1), summary);
        assertEquals(aTime, Files.getLastModifiedTime(out.resolve("a/A.java")), "unchanged files are not touched");
        assertFalse(Files.exists(out.resolve("b")), "stale files and their empty folders are removed");
        assertEquals("C1", Files.readString(out.resolve("c/C.java")));
    }

    @Test
    void fingerprintChangesWithAnySchemaFileOrSetting(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("snapshot.json"), "{}");
        String first = Fingerprint.of(dir, List.of("1.0", "com.example"));
        assertEquals(first, Fingerprint.of(dir, List.of("1.0", "com.example")));
        assertNotEquals(first, Fingerprint.of(dir, List.of("1.1", "com.example")));
        Files.writeString(dir.resolve("default-data.json"), "{}");
        assertNotEquals(first, Fingerprint.of(dir, List.of("1.0", "com.example")));
    }
}
