package dev.enfyra.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.RelationKind;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot example in the README is valid and means what the README says it means. */
class ReadmeExampleTest {

    @Test
    void readmeSnapshotExampleIsValidAndAsDescribed() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        Result<Schema> result = Frontend.compile(SnapshotInput.of(new SchemaSource("README.md", json)));
        assertEquals(List.of(), result.diagnostics(), () -> DiagnosticPrinter.text(result.diagnostics()));

        Schema schema = result.value();
        assertTrue(schema.requireTable("users").column("createdAt").isPresent());
        assertTrue(schema.requireTable("posts").column("updatedAt").isPresent());
        assertEquals("authorId", schema.requireTable("posts").relation("author").orElseThrow().foreignKeyColumn());
        Relation posts = schema.requireTable("users").relation("posts").orElseThrow();
        assertEquals(RelationKind.ONE_TO_MANY, posts.kind());
        assertEquals(List.of("authorId", "publishedAt"), schema.requireTable("posts").indexes().get(0).columns());
    }
}
