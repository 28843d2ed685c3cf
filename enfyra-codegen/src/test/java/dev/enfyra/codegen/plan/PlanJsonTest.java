package dev.enfyra.codegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.history.History;
import dev.enfyra.codegen.history.HistoryReader;
import dev.enfyra.codegen.json.CanonicalJson;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plans as values: they read back as written, hash canonically, and a changed recorded file is caught. */
class PlanJsonTest {

    static final Path CASE = Path.of("src/test/resources/diff/drop-table");

    /** The drop-table case recorded on top of its before.json, as migration 0002. */
    static List<SchemaSource> history() throws IOException {
        SchemaSource before = SchemaSource.read(CASE.resolve("before.json"), "before.json");
        Migrations.Pending init = Migrations.pending(SnapshotInput.of(before), List.of(), NamingStrategy.DEFAULT).value();
        return List.of(new SchemaSource("migrations/0001_init.json", PlanJson.text(init.record("init"))));
    }

    static Migrations.Pending dropTable(String afterText, String hintsText) throws IOException {
        SnapshotInput input = new SnapshotInput("after.json", Optional.of(new SchemaSource("after.json", afterText)),
                Optional.of(new SchemaSource("snapshot-migration.json", hintsText)), Optional.empty(), Optional.empty());
        Result<Migrations.Pending> result = Migrations.pending(input, history(), NamingStrategy.DEFAULT);
        assertTrue(!result.hasErrors(), () -> DiagnosticPrinter.text(result.diagnostics()));
        return result.value();
    }

    @Test
    void planReadsBackAsItWasWritten() throws IOException {
        MigrationPlan plan = dropTable(read("after.json"), read("snapshot-migration.json")).record("drop_tags");
        String text = PlanJson.text(plan);
        assertEquals(plan, PlanJson.read(text));
        assertEquals(text, PlanJson.text(PlanJson.read(text)));
        assertEquals(plan.checksum(), PlanJson.checksum(CanonicalJson.parse(text)));
        assertEquals("0002_drop_tags.json", plan.fileName());
    }

    @Test
    void confirmHashIgnoresKeyOrderAndFormattingOfTheInputFiles() throws IOException {
        Migrations.Pending pretty = dropTable(read("after.json"), read("snapshot-migration.json"));
        Migrations.Pending shuffled = dropTable(reversedCompact(read("after.json")), reversedCompact(read("snapshot-migration.json")));
        assertTrue(pretty.isDestructive());
        assertEquals(pretty.confirmHash(), shuffled.confirmHash());
        assertEquals(PlanJson.text(pretty.record("x")), PlanJson.text(shuffled.record("x")));
    }

    @Test
    void confirmHashCoversWhatIsLost() throws IOException {
        Migrations.Pending dropTags = dropTable(read("after.json"), read("snapshot-migration.json"));
        String hash = dropTags.confirmHash();
        // The same plan from another starting point (different "from") needs another confirmation.
        assertNotEquals(hash, PlanJson.confirmHash("0".repeat(64), dropTags.steps(), dropTags.destructive()));
        assertEquals(hash, PlanJson.confirmHash(dropTags.from(), dropTags.steps(), dropTags.destructive()));
    }

    @Test
    void recordedFileEditedByOneByteFailsNamingIt() throws IOException {
        List<SchemaSource> files = new ArrayList<>(history());
        String text = files.get(0).text();
        int at = text.indexOf("\"label\"") + 2;
        files.set(0, new SchemaSource(files.get(0).name(), text.substring(0, at) + "A" + text.substring(at + 1)));
        Result<History> history = HistoryReader.read(files);
        assertEquals(List.of(DiagnosticCode.MIGRATION_EDITED), history.errors().stream().map(d -> d.code()).toList());
        assertTrue(history.errors().get(0).message().startsWith("migrations/0001_init.json was changed after it was recorded"));
        assertTrue(history.errors().get(0).hint().contains("git checkout -- migrations/0001_init.json"));
    }

    @Test
    void reformattingARecordedFileIsNotAnEdit() throws IOException {
        List<SchemaSource> files = new ArrayList<>(history());
        files.set(0, new SchemaSource(files.get(0).name(), reversedCompact(files.get(0).text())));
        assertTrue(!HistoryReader.read(files).hasErrors());
    }

    @Test
    void migrationHistoryStartsFromEmpty() throws IOException {
        History history = HistoryReader.read(history()).value();
        assertEquals(MigrationPlan.EMPTY, history.files().get(0).plan().from());
        assertEquals(2, history.nextVersion());
    }

    private static String read(String file) throws IOException {
        return Files.readString(CASE.resolve(file));
    }

    /** The same JSON, keys in reverse order, on one line. */
    static String reversedCompact(String json) throws IOException {
        return reversed(CanonicalJson.parse(json)).toString();
    }

    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                entries.add(it.next());
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (int i = entries.size() - 1; i >= 0; i--) {
                out.set(entries.get(i).getKey(), reversed(entries.get(i).getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(reversed(n)));
            return out;
        }
        return node;
    }
}
