package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.runtime.migrate.RecordedMigration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The application hands the runtime every recorded file, in order, byte for byte. */
class RecordedMigrationsTest {

    @Test
    void everyRecordedFileIsEmbeddedExactly() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/enfyra/migrations"))) {
            files = list.sorted().toList();
        }
        List<RecordedMigration> migrations = new EnfyraApp().migrations();
        assertEquals(files.size(), migrations.size());
        for (int i = 0; i < files.size(); i++) {
            RecordedMigration m = migrations.get(i);
            assertEquals(files.get(i).getFileName().toString(), String.format(Locale.ROOT, "%04d_%s.json", m.version(), m.name()));
            assertEquals(Files.readString(files.get(i), StandardCharsets.UTF_8), m.plan());
        }
    }
}
