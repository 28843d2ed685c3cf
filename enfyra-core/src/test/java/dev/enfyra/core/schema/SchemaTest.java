package dev.enfyra.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.enfyra.core.testing.BlogSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemaTest {

    private static Column pk() {
        return Column.builder("id", DataType.INT).primary(true).build();
    }

    @Test
    void everyEnfyraTypeNameIsKnown() {
        List<String> names = List.of("int", "bigint", "float", "decimal", "varchar", "text", "boolean", "uuid",
                "date", "datetime", "timestamp", "enum", "array-select", "simple-json", "code", "richtext", "ObjectId");
        for (String name : names) {
            assertEquals(name, DataType.fromEnfyraName(name).orElseThrow().enfyraName());
        }
        assertEquals(names.size(), DataType.values().length);
        assertTrue(DataType.fromEnfyraName("varchr").isEmpty());
        assertTrue(DataType.fromEnfyraName("objectid").isEmpty());
    }

    @Test
    void javaTypesAndCapabilities() {
        assertEquals(Integer.class, DataType.INT.javaType());
        assertEquals(Long.class, DataType.BIGINT.javaType());
        assertEquals(Double.class, DataType.FLOAT.javaType());
        assertEquals(BigDecimal.class, DataType.DECIMAL.javaType());
        assertEquals(UUID.class, DataType.UUID.javaType());
        assertEquals(LocalDate.class, DataType.DATE.javaType());
        assertEquals(OffsetDateTime.class, DataType.TIMESTAMP.javaType());
        assertEquals(OffsetDateTime.class, DataType.DATETIME.javaType());
        assertEquals(List.class, DataType.ARRAY_SELECT.javaType());
        assertEquals(JsonNode.class, DataType.SIMPLE_JSON.javaType());
        assertEquals(String.class, DataType.OBJECT_ID.javaType());
        assertTrue(DataType.ENUM.isText());
        assertFalse(DataType.UUID.isText());
        assertTrue(DataType.DECIMAL.isNumeric());
        assertFalse(DataType.BOOLEAN.isOrderable());
        assertFalse(DataType.SIMPLE_JSON.isComparable());
    }

    @Test
    void relationKinds() {
        assertEquals(RelationKind.ONE_TO_MANY, RelationKind.fromEnfyraName("one-to-many").orElseThrow());
        assertTrue(RelationKind.ONE_TO_ONE.isToOne());
        assertTrue(RelationKind.MANY_TO_MANY.isToMany());
        assertEquals("many-to-one", RelationKind.MANY_TO_ONE.enfyraName());
    }

    @Test
    void tablesFindFieldsByNameAndKeepDeclaredOrder() {
        Table posts = BlogSchema.SCHEMA.table("posts").orElseThrow();
        assertEquals("id", posts.primaryKey().name());
        assertEquals(List.of("id", "title", "body", "prio", "published", "code", "author", "comments", "tags"),
                posts.fieldNames());
        assertEquals(DataType.VARCHAR, posts.column("title").orElseThrow().type());
        assertEquals("authorId", posts.relation("author").orElseThrow().foreignKeyColumn());
        assertTrue(posts.column("author").isEmpty());
        assertTrue(BlogSchema.SCHEMA.table("nope").isEmpty());
        Table copy = new Table("posts", List.copyOf(posts.columns()), List.copyOf(posts.relations()));
        assertEquals(posts, copy);
        assertEquals(posts.hashCode(), copy.hashCode());
    }

    @Test
    void tablesNeedExactlyOnePrimaryKeyAndUniqueNames() {
        Column title = Column.builder("title", DataType.VARCHAR).build();
        assertThrows(IllegalArgumentException.class, () -> new Table("t", List.of(title), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Table("t", List.of(pk(), pk()), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Table("t", List.of(pk(), title, title), List.of()));
        Relation clash = Relation.builder("title", RelationKind.MANY_TO_ONE, "t").build();
        assertThrows(IllegalArgumentException.class, () -> new Table("t", List.of(pk(), title), List.of(clash)));
    }

    @Test
    void schemasCheckRelationTargets() {
        Relation dangling = Relation.builder("x", RelationKind.MANY_TO_ONE, "missing").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Schema.of(new Table("t", List.of(pk()), List.of(dangling))));
        assertEquals("table \"t\": relation \"x\" targets unknown table \"missing\"", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Schema.of(new Table("t", List.of(pk()), List.of()), new Table("t", List.of(pk()), List.of())));
    }

    @Test
    void columnsCheckTheirOptions() {
        assertThrows(IllegalArgumentException.class, () -> Column.builder("e", DataType.ENUM).build());
        assertThrows(IllegalArgumentException.class,
                () -> Column.builder("v", DataType.VARCHAR).enumValues(List.of("a")).build());
        assertThrows(IllegalArgumentException.class, () -> Column.builder("v", DataType.VARCHAR).length(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> Column.builder("v", DataType.INT).defaultNow(true).defaultValue(IntNode.valueOf(1)).build());
        assertThrows(IllegalArgumentException.class,
                () -> Column.builder("id", DataType.INT).primary(true).nullable(true).build());
        assertThrows(IllegalArgumentException.class, () -> Column.builder(" ", DataType.INT).build());
    }

    @Test
    void relationsCheckTheirKind() {
        assertEquals("menuId", Relation.builder("menu", RelationKind.MANY_TO_ONE, "menus").build().foreignKeyColumn());
        assertThrows(IllegalArgumentException.class,
                () -> Relation.builder("posts", RelationKind.ONE_TO_MANY, "posts").build());
        assertThrows(IllegalArgumentException.class,
                () -> Relation.builder("tags", RelationKind.MANY_TO_MANY, "tags").build());
        assertThrows(IllegalArgumentException.class,
                () -> Relation.builder("m", RelationKind.MANY_TO_ONE, "menus").owning(false).foreignKeyColumn("x").build());
        Relation m2m = Relation.builder("tags", RelationKind.MANY_TO_MANY, "tags").junction("j", "sourceId", "targetId").build();
        assertTrue(m2m.foreignKeyColumn() == null && m2m.owning());
    }
}
