package com.example.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.core.dsl.Aggregate;
import dev.enfyra.core.dsl.Query;
import dev.enfyra.core.dsl.Ref;
import dev.enfyra.core.dsl.Where;
import dev.enfyra.core.filter.FilterJson;
import dev.enfyra.core.query.QueryParams;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user's view of the generated code: typed queries, records and inputs of the blog schema. */
class BlogQueriesTest {

    private static final Schema SCHEMA = EnfyraSchema.schema();

    private static <E> QuerySpec roundTrip(Query<E> query) {
        QuerySpec spec = query.spec(SCHEMA);
        assertEquals(spec, QueryParams.parse(SCHEMA, query.table(), QueryParams.toParams(spec)));
        return spec;
    }

    @Test
    void everyOperatorBuildsTheFilterTheRestApiReads() {
        OffsetDateTime noon = OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        List<Where<Posts>> wheres = List.of(
                Posts.TITLE.eq("Hello"), Posts.TITLE.neq("Hello"),
                Posts.VIEWS.gt(10L), Posts.VIEWS.gte(10L), Posts.RATING.lt(4.5), Posts.PRICE.lte(new BigDecimal("9.99")),
                Posts.ID.in(1, 2, 3), Posts.ID.notIn(4, 5), Posts.ID.in(List.of()),
                Posts.TITLE.contains("50%_off"), Posts.TITLE.startsWith("Ré"), Posts.TITLE.endsWith("!"),
                Posts.PUBLISH_ON.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Posts.PUBLISHED_AT.gt(noon), Posts.BODY.isNull(), Posts.META.isNotNull(), Posts.LABELS.isNull(),
                Posts.STATUS.eq(Posts.Status.IN_REVIEW), Posts.STATUS.in(Posts.Status.DRAFT, Posts.Status.PUBLISHED),
                Posts.PUBLIC_ID.eq(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301")),
                Posts.AUTHOR.dot(Users.EMAIL).eq("a@b.c"), Posts.AUTHOR.dot(Users.IS_ACTIVE).isTrue(),
                Posts.AUTHOR.dot(Users.ROLE).eq(Users.Role.ADMIN), Posts.AUTHOR.isNull(),
                Posts.CATEGORY.dot(Categories.PARENT).dot(Categories.NAME).contains("news"),
                Posts.TAGS.some(Tags.NAME.eq("java")), Posts.COMMENTS.none(Comments.BODY.contains("spam")),
                Posts.COMMENTS.isEmpty(),
                Posts.TITLE.contains("a").and(Posts.VIEWS.gt(1L).or(Posts.STATUS.eq(Posts.Status.DRAFT))).not());
        for (Where<Posts> where : wheres) {
            QuerySpec spec = roundTrip(EnfyraSchema.POSTS.query().where(where));
            assertEquals(where.filter(), spec.filter(), () -> FilterJson.toJson(where.filter()));
        }
    }

    @Test
    void statusUsesTheStoredStringOnTheWire() {
        assertEquals("{\"status\":{\"_eq\":\"in review\"}}", FilterJson.toJson(Posts.STATUS.eq(Posts.Status.IN_REVIEW).filter()));
        assertEquals(Posts.Status.IN_REVIEW, Posts.Status.fromValue("in review"));
        assertThrows(IllegalArgumentException.class, () -> Posts.Status.fromValue("archived"));
    }

    @Test
    void fieldsSortPagingDeepAndAggregates() {
        Query<Posts> query = EnfyraSchema.POSTS.query()
                .where(Posts.STATUS.eq(Posts.Status.PUBLISHED))
                .select(Posts.TITLE, Posts.AUTHOR.dot(Users.EMAIL), Posts.TAGS.all())
                .orderBy(Posts.PUBLISHED_AT.desc(), Posts.TITLE.asc())
                .limit(20).page(2)
                .meta(Query.Meta.TOTAL_COUNT)
                .deep(Posts.COMMENTS, c -> c.orderBy(Comments.ID.desc()).limit(3))
                .aggregate(Aggregate.count(), Posts.VIEWS.sum(), Posts.PRICE.avg());
        assertEquals(List.of("title,author.email,tags.*"), query.params().get("fields"));
        QuerySpec spec = roundTrip(query);
        assertEquals(20, spec.limit());
        assertEquals(2, spec.page());
        assertEquals(3, spec.aggregates().size());
        assertTrue(spec.deep().containsKey("comments"));
    }

    /** The example of docs/codegen.md, as it is printed there. */
    @Test
    void docsExampleQuery() {
        Query<Posts> query = EnfyraSchema.POSTS.query()
                .where(Posts.STATUS.eq(Posts.Status.PUBLISHED)
                        .and(Posts.AUTHOR.dot(Users.EMAIL).eq("a@b.c"))
                        .and(Posts.TAGS.some(Tags.NAME.eq("java"))))
                .select(Posts.TITLE, Posts.AUTHOR.dot(Users.EMAIL), Posts.TAGS.all())
                .orderBy(Posts.PUBLISHED_AT.desc(), Posts.TITLE.asc())
                .limit(20).page(2)
                .meta(Query.Meta.TOTAL_COUNT)
                .deep(Posts.COMMENTS, c -> c.orderBy(Comments.ID.desc()).limit(3))
                .aggregate(Aggregate.count(), Posts.VIEWS.sum(), Posts.PRICE.avg());
        assertEquals(List.of("title,author.email,tags.*"), query.params().get("fields"));
        assertEquals(List.of("-publishedAt,title"), query.params().get("sort"));
        assertEquals(query.filter(), roundTrip(query).filter());
    }

    @Test
    void recordsHoldTypedValuesAndReferences() {
        UUID authorId = UUID.randomUUID();
        Posts post = new Posts(1, "Hello", null, Posts.Status.DRAFT, new BigDecimal("1.50"), 0L, null, null, null,
                null, List.of(Posts.Labels.PINNED), null, null, null, Ref.to(authorId), null, List.of(Ref.to(3)), null);
        assertEquals(authorId, post.author().id());
        assertFalse(post.author().loaded());
        assertEquals(3, post.tags().get(0).id());
    }

    @Test
    void createChecksRequiredFieldsAndSendsStoredValues() {
        NullPointerException missing = assertThrows(NullPointerException.class, () -> new PostsCreate.Builder().build());
        assertEquals("title is required", missing.getMessage());
        UUID author = UUID.randomUUID();
        PostsCreate create = new PostsCreate.Builder().title("Hi").author(author).status(Posts.Status.IN_REVIEW)
                .labels(List.of(Posts.Labels.FEATURED)).tags(List.of(1, 2)).build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Hi");
        body.put("status", "in review");
        body.put("labels", List.of("featured"));
        body.put("author", author);
        body.put("tags", List.of(1, 2));
        assertEquals(body, create.toMap());
    }

    @Test
    void updateTellsNotSentFromSetToNull() {
        PostsUpdate update = new PostsUpdate.Builder().body(null).title("New").build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "New");
        body.put("body", null);
        assertEquals(body, update.toMap());
        assertFalse(update.views().present());
    }
}
