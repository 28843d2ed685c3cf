package dev.enfyra.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the small snapshots of test fixtures (Enfyra's {@code snapshot.json} format) into
 * descriptors. Test-only and deliberately partial: the real reader, with diagnostics and inverse
 * sides, is enfyra-codegen's; this one covers columns and owning to-one relations, and refuses
 * the rest rather than guess.
 */
public final class SnapshotFixtureReader {
    private SnapshotFixtureReader() {
    }

    public static Schema read(JsonNode snapshot) {
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : snapshot.properties()) {
            tables.add(table(entry.getKey(), entry.getValue()));
        }
        return new Schema(tables);
    }

    private static Table table(String name, JsonNode node) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode column : node.path("columns")) {
            columns.add(column(column));
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode relation : node.path("relations")) {
            relations.add(relation(name, relation));
        }
        return new Table(name, columns, relations);
    }

    private static Column column(JsonNode node) {
        String type = node.path("type").asText();
        DataType dataType = DataType.fromEnfyraName(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown column type \"" + type + "\""));
        if (node.has("options") || node.has("defaultValue")) {
            throw new IllegalArgumentException("column options and defaults are not supported by this test reader");
        }
        return Column.builder(node.path("name").asText(), dataType)
                .primary(node.path("isPrimary").asBoolean(false))
                .generated(node.path("isGenerated").asBoolean(false))
                .nullable(node.path("isNullable").asBoolean(true))
                .updatable(node.path("isUpdatable").asBoolean(true))
                .published(node.path("isPublished").asBoolean(true))
                .build();
    }

    private static Relation relation(String table, JsonNode node) {
        String property = node.path("propertyName").asText();
        String type = node.path("type").asText();
        RelationKind kind = RelationKind.fromEnfyraName(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown relation type \"" + type + "\""));
        if (!kind.isToOne()) {
            throw new IllegalArgumentException(table + "." + property + ": only owning to-one relations are supported"
                    + " by this test reader, found " + type);
        }
        boolean nullable = node.path("isNullable").asBoolean(true);
        return Relation.builder(property, kind, node.path("targetTable").asText())
                .nullable(nullable)
                .updatable(node.path("isUpdatable").asBoolean(true))
                .foreignKeyColumn(node.path("foreignKeyColumn").asText(property + "Id"))
                .inversePropertyName(node.path("inversePropertyName").asText(null))
                .onDelete(node.path("onDelete").asText(nullable ? "SET NULL" : "RESTRICT"))
                .build();
    }
}
