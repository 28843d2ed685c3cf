package dev.enfyra.core.query;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * users 1-n posts 1-n comments, comments n-1 users, posts n-n tags; {@code users.password} is
 * unpublished. The rows form one graph of nested maps, linked both ways, with NULL foreign keys
 * (post 12 and comment 101 have no author), accented text and a tag on no post.
 */
final class QueryFixture {
    static final Schema SCHEMA = Schema.of(users(), posts(), comments(), tags());

    final Map<Integer, Map<String, Object>> users = new LinkedHashMap<>();
    final Map<Integer, Map<String, Object>> posts = new LinkedHashMap<>();
    final Map<Integer, Map<String, Object>> comments = new LinkedHashMap<>();
    final Map<Integer, Map<String, Object>> tags = new LinkedHashMap<>();

    QueryFixture() {
        user(1, "Zoë", 30, "admin", "2024-01-02T10:00:00Z", "10.50");
        user(2, "Émile", null, "editor", null, "2.25");
        user(3, "adam", 25, "viewer", "2024-01-01T09:00:00+02:00", null);
        user(4, null, 41, "viewer", "2023-12-31T23:00:00Z", "0.75");
        post(10, "Résumé tips", 1, 2, "2024-03-01T00:00:00Z", 1001, 1000);
        post(11, "Zebra facts", 2, null, "2024-02-01T00:00:00Z", 1001);
        post(12, "apple pie", null, 1, null);
        post(13, "Ça va", 1, 2, "2024-04-01T00:00:00Z", 1000);
        comment(100, "great", 10, 2);
        comment(101, "Très bien", 10, null);
        comment(102, "meh", 11, 1);
        comment(103, "first!", 13, 3);
        tag(1000, "java");
        tag(1001, "café");
        tag(1002, "unused");
        linkTags();
    }

    List<Map<String, Object>> rows(Map<Integer, Map<String, Object>> table) {
        return new ArrayList<>(table.values());
    }

    private static Column id() {
        return Column.builder("id", DataType.INT).primary(true).generated(true).build();
    }

    private static Table users() {
        return new Table("users", List.of(
                id(),
                Column.builder("name", DataType.VARCHAR).build(),
                Column.builder("password", DataType.VARCHAR).published(false).build(),
                Column.builder("age", DataType.INT).build(),
                Column.builder("role", DataType.ENUM).enumValues(List.of("admin", "editor", "viewer")).build(),
                Column.builder("lastLogin", DataType.DATETIME).build(),
                Column.builder("balance", DataType.DECIMAL).precision(10, 2).build(),
                Column.builder("settings", DataType.SIMPLE_JSON).build()),
                List.of(
                        Relation.builder("posts", RelationKind.ONE_TO_MANY, "posts")
                                .inversePropertyName("author").foreignKeyColumn("authorId").build(),
                        Relation.builder("comments", RelationKind.ONE_TO_MANY, "comments")
                                .inversePropertyName("author").foreignKeyColumn("authorId").build()));
    }

    private static Table posts() {
        return new Table("posts", List.of(
                id(),
                Column.builder("title", DataType.VARCHAR).nullable(false).build(),
                Column.builder("prio", DataType.INT).build(),
                Column.builder("createdAt", DataType.DATETIME).build()),
                List.of(
                        Relation.builder("author", RelationKind.MANY_TO_ONE, "users")
                                .inversePropertyName("posts").onDelete("SET NULL").build(),
                        Relation.builder("comments", RelationKind.ONE_TO_MANY, "comments")
                                .inversePropertyName("post").foreignKeyColumn("postId").build(),
                        Relation.builder("tags", RelationKind.MANY_TO_MANY, "tags").inversePropertyName("posts")
                                .junction("posts_tags", "postId", "tagId").build()));
    }

    private static Table comments() {
        return new Table("comments", List.of(id(), Column.builder("body", DataType.TEXT).build()), List.of(
                Relation.builder("post", RelationKind.MANY_TO_ONE, "posts")
                        .inversePropertyName("comments").onDelete("CASCADE").build(),
                Relation.builder("author", RelationKind.MANY_TO_ONE, "users")
                        .inversePropertyName("comments").onDelete("SET NULL").build()));
    }

    private static Table tags() {
        return new Table("tags", List.of(id(), Column.builder("name", DataType.VARCHAR).build()), List.of(
                Relation.builder("posts", RelationKind.MANY_TO_MANY, "posts").inversePropertyName("tags")
                        .owning(false).junction("posts_tags", "tagId", "postId").build()));
    }

    private void user(int id, String name, Integer age, String role, String lastLogin, String balance) {
        Map<String, Object> user = new HashMap<>();
        user.put("id", id);
        user.put("name", name);
        user.put("password", "secret" + id);
        user.put("age", age);
        user.put("role", role);
        user.put("lastLogin", lastLogin == null ? null : OffsetDateTime.parse(lastLogin));
        user.put("balance", balance == null ? null : new BigDecimal(balance));
        user.put("settings", null);
        user.put("posts", new ArrayList<>());
        user.put("comments", new ArrayList<>());
        users.put(id, user);
    }

    private void post(int id, String title, Integer author, Integer prio, String createdAt, Integer... tagIds) {
        Map<String, Object> post = new HashMap<>();
        post.put("id", id);
        post.put("title", title);
        post.put("prio", prio);
        post.put("createdAt", createdAt == null ? null : OffsetDateTime.parse(createdAt));
        post.put("author", author == null ? null : users.get(author));
        post.put("comments", new ArrayList<>());
        post.put("tags", new ArrayList<>(Arrays.asList(tagIds))); // ids until linkTags()
        if (author != null) {
            children(users.get(author), "posts").add(post);
        }
        posts.put(id, post);
    }

    private void comment(int id, String body, int post, Integer author) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("id", id);
        comment.put("body", body);
        comment.put("post", posts.get(post));
        comment.put("author", author == null ? null : users.get(author));
        children(posts.get(post), "comments").add(comment);
        if (author != null) {
            children(users.get(author), "comments").add(comment);
        }
        comments.put(id, comment);
    }

    private void tag(int id, String name) {
        Map<String, Object> tag = new HashMap<>();
        tag.put("id", id);
        tag.put("name", name);
        tag.put("posts", new ArrayList<>());
        tags.put(id, tag);
    }

    /** Replaces each post's tag ids by the tag rows, and fills the inverse side. */
    private void linkTags() {
        for (Map<String, Object> post : posts.values()) {
            List<Object> linked = new ArrayList<>();
            for (Object tagId : children(post, "tags")) {
                Map<String, Object> tag = tags.get((Integer) tagId);
                linked.add(tag);
                children(tag, "posts").add(post);
            }
            post.put("tags", linked);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> children(Map<String, Object> row, String relation) {
        return (List<Object>) row.get(relation);
    }
}
