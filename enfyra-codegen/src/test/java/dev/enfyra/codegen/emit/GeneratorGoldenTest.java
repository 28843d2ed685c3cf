package dev.enfyra.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.codegen.EnfyraData;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.Golden;
import dev.enfyra.codegen.InMemoryCompiler;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every emitter's output for the blog schema, pinned in golden files under
 * {@code src/test/resources/emit/blog/expected} and compiled with javac (warnings are errors).
 */
class GeneratorGoldenTest {

    static final Path BLOG = Path.of("src/test/resources/emit/blog");

    static Schema schema(Path dir) throws IOException {
        Result<Schema> result = Frontend.compile(SnapshotInput.read(dir.resolve("snapshot.json"), dir));
        assertFalse(result.hasErrors(), () -> DiagnosticPrinter.text(result.diagnostics()));
        return result.value();
    }

    static List<GeneratedFile> generate(Schema schema) {
        return new Generator(schema, EmitOptions.of("com.example.blog"), NamingStrategy.DEFAULT).generate();
    }

    /** The blog with its first migration recorded, as a project has it after its first build. */
    static List<GeneratedFile> generateWithHistory() throws IOException {
        SnapshotInput input = SnapshotInput.read(BLOG.resolve("snapshot.json"), BLOG);
        Migrations.Pending init = Migrations.pending(input, List.of(), NamingStrategy.DEFAULT).value();
        MigrationSource recorded = new MigrationSource(1, "init", PlanJson.text(init.record("init")));
        return new Generator(schema(BLOG), EmitOptions.of("com.example.blog"), NamingStrategy.DEFAULT, List.of(recorded)).generate();
    }

    @Test
    void blogOutputMatchesGoldenFilesAndCompiles() throws IOException {
        List<GeneratedFile> files = generateWithHistory();
        Path expected = BLOG.resolve("expected");
        for (GeneratedFile file : files) {
            Golden.check(expected.resolve(file.path()), file.content());
        }
        try (Stream<Path> existing = Files.walk(expected)) {
            List<String> stale = existing.filter(Files::isRegularFile)
                    .map(p -> expected.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> files.stream().noneMatch(f -> f.path().equals(p))).toList();
            assertEquals(List.of(), stale, "golden files no longer generated");
        }
        // Server classes need enfyra-runtime, which this module cannot depend on: the ITs compile them.
        // Migration classes need only the runtime's small interface, stood in for here.
        List<GeneratedFile> compiled = new java.util.ArrayList<>(clientOnly(files));
        compiled.add(MigrationEmitterTest.RECORDED_MIGRATION);
        Map<String, byte[]> classes = InMemoryCompiler.compile(compiled);
        assertTrue(classes.containsKey("com.example.blog.Posts$Status"));
        assertTrue(classes.containsKey("com.example.blog.EnfyraSchema$Part0"));
        assertTrue(classes.containsKey("com.example.blog.migrations.Migration0001Init"));
    }

    @Test
    void enfyraHeadSnapshotGeneratesCodeThatCompiles() {
        Result<Schema> head = EnfyraData.compile("");
        List<GeneratedFile> files = generate(head.value());
        assertEquals(37 * 6 + 5, files.size());
        InMemoryCompiler.compile(clientOnly(files));
    }

    /** The files a client-only generation writes, i.e. without resources, application and service file. */
    static List<GeneratedFile> clientOnly(List<GeneratedFile> files) {
        return files.stream().filter(f -> f.path().endsWith(".java") && !f.path().endsWith("Resource.java")
                && !f.path().endsWith("GraphQl.java") && !f.path().endsWith("/EnfyraApp.java")).toList();
    }

    @Test
    void sameInputSameBytes() throws IOException {
        assertEquals(generate(schema(BLOG)), generate(schema(BLOG)));
    }
}
