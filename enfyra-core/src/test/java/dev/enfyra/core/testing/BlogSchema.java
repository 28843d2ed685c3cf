package dev.enfyra.core.testing;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.util.List;

/**
 * A small schema with every column type and every relation kind, as generated code would
 * declare it: {@code users} 1-n {@code posts} 1-n {@code comments}, {@code posts} n-n
 * {@code tags}, {@code users} 1-1 {@code profiles}.
 */
public final class BlogSchema {
    public static final Schema SCHEMA = Schema.of(users(), posts(), comments(), tags(), profiles());

    private BlogSchema() {
    }

    private static Column id() {
        return Column.builder("id", DataType.INT).primary(true).generated(true).build();
    }

    private static Table users() {
        return new Table("users", List.of(
                id(),
                Column.builder("email", DataType.VARCHAR).nullable(false).length(255).build(),
                Column.builder("name", DataType.VARCHAR).build(),
                Column.builder("age", DataType.INT).build(),
                Column.builder("active", DataType.BOOLEAN).build(),
                Column.builder("role", DataType.ENUM).enumValues(List.of("admin", "editor", "viewer")).build(),
                Column.builder("token", DataType.UUID).build(),
                Column.builder("birthday", DataType.DATE).build(),
                Column.builder("lastLogin", DataType.DATETIME).build(),
                Column.builder("balance", DataType.DECIMAL).precision(10, 2).build(),
                Column.builder("ratio", DataType.FLOAT).build(),
                Column.builder("visits", DataType.BIGINT).build(),
                Column.builder("settings", DataType.SIMPLE_JSON).build(),
                Column.builder("badges", DataType.ARRAY_SELECT).enumValues(List.of("gold", "silver")).build(),
                Column.builder("mongoRef", DataType.OBJECT_ID).build(),
                Column.builder("bio", DataType.RICHTEXT).build(),
                Column.builder("createdOn", DataType.TIMESTAMP).defaultNow(true).build()),
                List.of(
                        Relation.builder("posts", RelationKind.ONE_TO_MANY, "posts")
                                .inversePropertyName("author").foreignKeyColumn("authorId").build(),
                        Relation.builder("profile", RelationKind.ONE_TO_ONE, "profiles")
                                .owning(false).inversePropertyName("user").foreignKeyColumn("userId").build()));
    }

    private static Table posts() {
        return new Table("posts", List.of(
                id(),
                Column.builder("title", DataType.VARCHAR).nullable(false).build(),
                Column.builder("body", DataType.TEXT).build(),
                Column.builder("prio", DataType.INT).build(),
                Column.builder("published", DataType.BOOLEAN).build(),
                Column.builder("code", DataType.CODE).build()),
                List.of(
                        Relation.builder("author", RelationKind.MANY_TO_ONE, "users")
                                .inversePropertyName("posts").onDelete("SET NULL").build(),
                        Relation.builder("comments", RelationKind.ONE_TO_MANY, "comments")
                                .inversePropertyName("post").foreignKeyColumn("postId").build(),
                        Relation.builder("tags", RelationKind.MANY_TO_MANY, "tags")
                                .junction("j_0123456789ab", "sourceId", "targetId").build()));
    }

    private static Table comments() {
        return new Table("comments", List.of(
                id(),
                Column.builder("body", DataType.TEXT).build()),
                List.of(Relation.builder("post", RelationKind.MANY_TO_ONE, "posts")
                        .inversePropertyName("comments").onDelete("CASCADE").build()));
    }

    private static Table tags() {
        return new Table("tags", List.of(id(), Column.builder("name", DataType.VARCHAR).build()), List.of());
    }

    private static Table profiles() {
        return new Table("profiles", List.of(
                Column.builder("id", DataType.UUID).primary(true).generated(true).build(),
                Column.builder("website", DataType.VARCHAR).build()),
                List.of(Relation.builder("user", RelationKind.ONE_TO_ONE, "users")
                        .inversePropertyName("profile").build()));
    }
}
