package dev.enfyra.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same schema, same bytes: whatever folder the files are read from, and whatever order the keys
 * of tables, columns and relations are written in. (The order of the tables themselves carries
 * meaning: when both sides of a relation are declared, the first owns it.)
 */
class DeterminismTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shuffledKeysInAnotherFolderGiveIdenticalOutput(@TempDir Path elsewhere) throws IOException {
        List<GeneratedFile> original = GeneratorGoldenTest.generate(GeneratorGoldenTest.schema(GeneratorGoldenTest.BLOG));
        JsonNode snapshot = JSON.readTree(GeneratorGoldenTest.BLOG.resolve("snapshot.json").toFile());
        ObjectNode shuffled = JSON.createObjectNode();
        snapshot.properties().forEach(table -> shuffled.set(table.getKey(), reverseKeys(table.getValue())));
        Path dir = Files.createDirectories(elsewhere.resolve("some/other/project/src/main/enfyra"));
        Files.writeString(dir.resolve("snapshot.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shuffled));
        List<GeneratedFile> again = GeneratorGoldenTest.generate(GeneratorGoldenTest.schema(dir));
        assertEquals(original, again);
    }

    /** Every object's keys in reverse order, recursively; arrays keep their order (it is meaningful). */
    private static JsonNode reverseKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            Collections.reverse(entries);
            ObjectNode out = JSON.createObjectNode();
            entries.forEach(e -> out.set(e.getKey(), reverseKeys(e.getValue())));
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = JSON.createArrayNode();
            array.forEach(item -> out.add(reverseKeys(item)));
            return out;
        }
        return node;
    }
}
