package dev.enfyra.runtime.migrate;

import static dev.enfyra.runtime.testing.TestPlans.column;
import static dev.enfyra.runtime.testing.TestPlans.create;
import static dev.enfyra.runtime.testing.TestPlans.decimal;
import static dev.enfyra.runtime.testing.TestPlans.enumOf;
import static dev.enfyra.runtime.testing.TestPlans.fk;
import static dev.enfyra.runtime.testing.TestPlans.id;
import static dev.enfyra.runtime.testing.TestPlans.index;
import static dev.enfyra.runtime.testing.TestPlans.length;
import static dev.enfyra.runtime.testing.TestPlans.notNull;
import static dev.enfyra.runtime.testing.TestPlans.withDefault;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.ValueCodec;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import dev.enfyra.runtime.testing.TestPlans;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A four-migration history written by hand in the plan format, with every op: an install,
 * renames and widenings, a reshape that drops and tightens (destructive, confirmed), and
 * narrowing changes; plus seed rows written after the install.
 */
final class BlogHistory {

    static final String JUNCTION = "j_posts_tags";
    static final UUID TAG_A = UUID.fromString("0190a6f0-0000-7000-8000-00000000000a");
    static final UUID TAG_B = UUID.fromString("0190a6f0-0000-7000-8000-00000000000b");

    private BlogHistory() {
    }

    static TestPlans.History history() {
        Column status = withDefault(enumOf("status", "active", "banned"), TextNode.valueOf("active"));
        Column name = notNull(length(column("name", DataType.VARCHAR), 100));
        Column views = withDefault(column("views", DataType.INT), IntNode.valueOf(0));
        Column rating = decimal("rating", 5, 2);
        Column published = withDefault(column("published", DataType.BOOLEAN), BooleanNode.FALSE);
        Column meta = column("meta", DataType.SIMPLE_JSON);
        Column body = column("body", DataType.TEXT);
        Column email = column("email", DataType.VARCHAR);
        Column authorId = column("authorId", DataType.INT);
        Column tagId = new Column("id", DataType.UUID, false, false, null, null, null, List.of(), null, false);
        Table junction = new Table(JUNCTION, List.of(notNull(column("sourceId", DataType.INT)), notNull(column("targetId", DataType.UUID))),
                List.of("sourceId", "targetId"), List.of(), List.of());
        Table legacy = TestPlans.create("legacy", id(), column("note", DataType.TEXT)).table();
        PhysicalSchema.ForeignKey postsAuthor = fk("posts_authorId_foreign", "authorId", "authors", "SET NULL");
        PhysicalSchema.Index postsTitle = index("idx_posts_title", false, "title");

        Column statusWithPending = withDefault(enumOf("status", "active", "banned", "pending"), TextNode.valueOf("active"));
        Column fullName = notNull(length(column("fullName", DataType.VARCHAR), 100));
        Column viewsBig = withDefault(column("views", DataType.BIGINT), IntNode.valueOf(0));
        return new TestPlans.History()
                .add("init",
                        create("authors", id(), name, email, status),
                        create("posts", id(), notNull(length(column("title", DataType.VARCHAR), 200)), body, views, rating, published,
                                meta, authorId),
                        create("tags", tagId, length(column("label", DataType.VARCHAR), 50)),
                        new Step.CreateTable(legacy),
                        new Step.CreateTable(junction),
                        new Step.AddIndex("authors", index("uq_authors_email", true, "email")),
                        new Step.AddIndex("posts", postsTitle),
                        new Step.AddForeignKey("posts", postsAuthor),
                        new Step.AddForeignKey(JUNCTION, fk("j_posts_tags_sourceId_foreign", "sourceId", "posts", "CASCADE")),
                        new Step.AddForeignKey(JUNCTION, fk("j_posts_tags_targetId_foreign", "targetId", "tags", "CASCADE")))
                .add("rename_and_grow",
                        new Step.RenameTable("posts", "articles"),
                        new Step.RenameColumn("authors", "name", "fullName"),
                        new Step.AddColumn("articles", length(column("subtitle", DataType.VARCHAR), 100)),
                        new Step.AddColumn("articles", withDefault(notNull(length(column("slug", DataType.VARCHAR), 120)),
                                TextNode.valueOf("post"))),
                        new Step.AlterColumn("authors", fullName, length(fullName, 150)),
                        new Step.AlterColumn("authors", status, statusWithPending),
                        new Step.AlterColumn("articles", views, viewsBig),
                        new Step.AddIndex("articles", index("idx_articles_views", false, "views")))
                .add("reshape",
                        new Step.DropForeignKey("articles", postsAuthor),
                        new Step.DropIndex("articles", postsTitle),
                        new Step.RenameColumn("articles", "authorId", "writerId"),
                        new Step.AlterColumn("authors", email, notNull(email)),
                        new Step.DropColumn("articles", rating),
                        new Step.DropTable(legacy),
                        new Step.AddIndex("articles", index("uq_articles_title", true, "title")),
                        new Step.AddForeignKey("articles", fk("articles_writerId_foreign", "writerId", "authors", "CASCADE")))
                .add("tighten",
                        new Step.AddColumn("tags", length(column("color", DataType.VARCHAR), 20)),
                        new Step.AlterColumn("authors", statusWithPending,
                                withDefault(enumOf("status", "active", "pending"), TextNode.valueOf("pending"))),
                        new Step.AlterColumn("articles", body, length(column("body", DataType.VARCHAR), 500)),
                        new Step.AlterColumn("articles", published, notNull(withDefault(published, BooleanNode.TRUE))),
                        new Step.AlterColumn("articles", meta, column("meta", DataType.TEXT)));
    }

    /** Rows written after the install: 3 authors, 5 posts (one without author), 2 tags, 3 links, 2 legacy notes. */
    static void seed(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            for (Object[] a : new Object[][] {{1, "Ada", "ada@example.org"}, {2, "Brian", "brian@example.org"}, {3, "Cleo", "cleo@example.org"}}) {
                insert(db, c, "authors", List.of("id", "name", "email"), List.of(DataType.INT, DataType.VARCHAR, DataType.VARCHAR), a);
            }
            Object[][] posts = {
                {1, "First", "Hello", 10, new java.math.BigDecimal("4.50"), true, "{\"k\":1}", 1},
                {2, "Second", "It's here", 20, new java.math.BigDecimal("3.25"), false, null, 1},
                {3, "Third", null, 0, null, true, "[1,2]", 2},
                {4, "Fourth", "Ünïcödé ✓", 5, new java.math.BigDecimal("1.00"), false, "{}", 3},
                {5, "Fifth", "orphan", 7, null, false, null, null}};
            for (Object[] p : posts) {
                insert(db, c, "posts", List.of("id", "title", "body", "views", "rating", "published", "meta", "authorId"),
                        List.of(DataType.INT, DataType.VARCHAR, DataType.TEXT, DataType.INT, DataType.DECIMAL, DataType.BOOLEAN,
                                DataType.SIMPLE_JSON, DataType.INT), json(p));
            }
            insert(db, c, "tags", List.of("id", "label"), List.of(DataType.UUID, DataType.VARCHAR), new Object[] {TAG_A, "java"});
            insert(db, c, "tags", List.of("id", "label"), List.of(DataType.UUID, DataType.VARCHAR), new Object[] {TAG_B, "sql"});
            for (Object[] link : new Object[][] {{1, TAG_A}, {1, TAG_B}, {2, TAG_A}}) {
                insert(db, c, JUNCTION, List.of("sourceId", "targetId"), List.of(DataType.INT, DataType.UUID), link);
            }
            insert(db, c, "legacy", List.of("id", "note"), List.of(DataType.INT, DataType.TEXT), new Object[] {1, "old"});
            insert(db, c, "legacy", List.of("id", "note"), List.of(DataType.INT, DataType.TEXT), new Object[] {2, "older"});
        }
    }

    private static Object[] json(Object[] row) {
        Object[] out = row.clone();
        try {
            out[6] = row[6] == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) row[6]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void insert(Database db, Connection c, String table, List<String> columns, List<DataType> types, Object[] values)
            throws SQLException {
        Quoting q = db.dialect().quoting();
        ValueCodec codec = db.dialect().values();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(q.quote(table)).append(" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", " : "").append(q.quote(columns.get(i)));
            marks.append(i > 0 ? ", " : "").append(codec.placeholder(types.get(i)));
        }
        sql.append(") VALUES (").append(marks).append(')');
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < columns.size(); i++) {
                codec.bind(s, i + 1, types.get(i), values[i]);
            }
            s.executeUpdate();
        }
    }
}
