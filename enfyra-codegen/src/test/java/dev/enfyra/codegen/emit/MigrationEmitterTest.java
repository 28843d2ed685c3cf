package dev.enfyra.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.codegen.InMemoryCompiler;
import dev.enfyra.codegen.model.NamingStrategy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Migration classes hand the runtime the file's exact text, however long: split into string
 * constants that each fit a class file, joined at class initialization; and its SHA-256.
 */
class MigrationEmitterTest {

    /** Stands in for the runtime's interface, which this module does not depend on. */
    static final GeneratedFile RECORDED_MIGRATION = new GeneratedFile("dev/enfyra/runtime/migrate/RecordedMigration.java",
            "package dev.enfyra.runtime.migrate;\npublic interface RecordedMigration { int version(); String name(); String plan();"
                    + " String planDigest(); }\n");

    @Test
    void longTextWithAnyCharactersComesBackExactly() throws Exception {
        StringBuilder text = new StringBuilder();
        // Three-byte characters fill a constant fastest; a surrogate pair straddles the first cut.
        text.append("€".repeat(MigrationEmitter.CHUNK - 1)).append("😀");
        while (text.length() < 5 * MigrationEmitter.CHUNK) {
            text.append("{\"name\": \"Résumé \\\"quoted\\\" \\\\ tab\\t\"}\n");
        }
        String plan = text.toString();
        MigrationSource source = new MigrationSource(12, "rename_email", plan);
        MigrationEmitter emitter = new MigrationEmitter(new EmitContext(null, EmitOptions.of("com.example.app"), NamingStrategy.DEFAULT));
        GeneratedFile file = new GeneratedFile("com/example/app/migrations/Migration0012RenameEmail.java", emitter.emit(source).toString());
        Map<String, byte[]> classes = InMemoryCompiler.compile(List.of(RECORDED_MIGRATION, file));
        Class<?> type = InMemoryCompiler.loader(classes).loadClass("com.example.app.migrations.Migration0012RenameEmail");
        Object migration = type.getConstructor().newInstance();
        assertEquals(plan, type.getMethod("plan").invoke(migration));
        assertEquals(12, type.getMethod("version").invoke(migration));
        assertEquals("rename_email", type.getMethod("name").invoke(migration));
        assertEquals(dev.enfyra.codegen.json.CanonicalJson.sha256Hex(plan), type.getMethod("planDigest").invoke(migration));
    }

    @Test
    void everyConstantFitsAClassFile() {
        String plan = "€".repeat(3 * MigrationEmitter.CHUNK + 7);
        List<String> parts = MigrationEmitter.split(plan);
        assertEquals(4, parts.size());
        assertEquals(plan, String.join("", parts));
        for (String part : parts) {
            // modified UTF-8: at most 3 bytes a char; the class-file limit is 65,535
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 65_535);
        }
        List<String> empty = new ArrayList<>(MigrationEmitter.split(""));
        assertEquals(List.of(""), empty);
    }
}
