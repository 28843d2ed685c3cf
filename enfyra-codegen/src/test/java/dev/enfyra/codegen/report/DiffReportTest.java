package dev.enfyra.codegen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.Golden;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.json.CanonicalJson;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalSchemas;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The diff report of differ cases, pinned as Markdown in {@code src/test/resources/report}: steps
 * in words with their SQL preview per database, what may be lost, the confirm hash, the API change.
 */
class DiffReportTest {

    static final Path DIFF = Path.of("src/test/resources/diff");
    static final Path REPORTS = Path.of("src/test/resources/report");

    static DiffReport report(String name, boolean exactApi) throws IOException {
        Path dir = DIFF.resolve(name);
        Schema before = Frontend.compile(SnapshotInput.of(SchemaSource.read(dir.resolve("before.json"), "before.json"))).value();
        Result<Frontend.Compiled> after = Frontend.read(SnapshotInput.read(dir.resolve("after.json"), dir),
                NamingStrategy.DEFAULT, Optional.empty());
        PhysicalSchema start = PhysicalSchemas.derive(before);
        Result<Migrations.Pending> pending = Migrations.between(start, start.hash(), 2, after.value().schema(),
                after.value().snapshot().hints(), "after.json");
        ApiSurface from = exactApi ? ApiSurface.of(before, NamingStrategy.DEFAULT) : ApiSurface.of(start, NamingStrategy.DEFAULT);
        ApiSurface to = exactApi ? ApiSurface.of(after.value().schema(), NamingStrategy.DEFAULT)
                : ApiSurface.of(pending.value().diff().after(), NamingStrategy.DEFAULT);
        return DiffReport.of("before.json", "after.json", pending.value(), from, to, pending.diagnostics(),
                "mvn enfyra:migration -Denfyra.name=" + pending.value().suggestedName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"drop-table", "rename-relation", "rename-table", "enum-values"})
    void markdownReportMatchesItsGoldenFile(String name) throws IOException {
        Golden.check(REPORTS.resolve(name + ".md"), MarkdownReport.write(report(name, true)));
    }

    @Test
    void renamedRelationIsABreakingRenameOfOneField() throws IOException {
        List<ApiChange> api = report("rename-relation", true).api();
        assertEquals(List.of(new ApiChange("posts", "field renamed", "author -> writer (record component author -> writer)", true)), api);
    }

    @Test
    void fromTheRecordedSchemaARelationIsSeenThroughItsColumn() throws IOException {
        DiffReport report = report("rename-relation", false);
        assertFalse(report.apiExact());
        assertEquals(List.of(new ApiChange("posts", "field renamed", "author -> writer (record component author -> writer)", true)),
                report.api());
    }

    @Test
    void jsonAndHtmlCarryTheSameReport() throws IOException {
        DiffReport report = report("drop-table", true);
        JsonNode json = CanonicalJson.parse(JsonReport.write(report));
        assertEquals(report.confirmHash(), json.get("confirmHash").asText());
        assertEquals(report.steps().size(), json.get("steps").size());
        assertEquals("dropTable", json.get("steps").get(2).get("step").get("op").asText());
        assertEquals(List.of("DROP TABLE \"tags\""), List.of(json.get("steps").get(2).get("sqlPreview").get("PostgreSQL").get(0).asText()));
        assertEquals("ENF-C001", json.get("destructive").get(1).get("code").asText());
        String html = HtmlReport.write(report);
        assertTrue(html.contains("<code>" + report.confirmHash() + "</code>"));
        assertTrue(html.contains("DROP TABLE &quot;tags&quot;;"));
        assertTrue(html.contains("(preview)"));
    }
}
