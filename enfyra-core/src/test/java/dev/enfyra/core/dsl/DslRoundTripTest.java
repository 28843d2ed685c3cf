package dev.enfyra.core.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.enfyra.core.filter.FilterJson;
import dev.enfyra.core.query.MetaKind;
import dev.enfyra.core.query.QueryParams;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.query.SortKey;
import dev.enfyra.core.testing.BlogSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed builder produces the same filter tree the REST parser reads from its JSON: for every
 * operator and every field class, {@code parse(params(query)) == query}. The metamodel below is
 * what the generator writes for the core test schema.
 */
class DslRoundTripTest {

    enum Role implements EnfyraEnum {
        ADMIN("admin"), EDITOR("editor"), VIEWER("viewer");

        private final String value;

        Role(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    static final class User {
        static final NumberField<User, Integer> ID = Fields.number("id");
        static final StringField<User> EMAIL = Fields.string("email");
        static final NumberField<User, Integer> AGE = Fields.number("age");
        static final BooleanField<User> ACTIVE = Fields.bool("active");
        static final EnumField<User, Role> ROLE = Fields.enumeration("role");
        static final UuidField<User> TOKEN = Fields.uuid("token");
        static final ComparableField<User, LocalDate> BIRTHDAY = Fields.comparable("birthday");
        static final ComparableField<User, OffsetDateTime> LAST_LOGIN = Fields.comparable("lastLogin");
        static final NumberField<User, BigDecimal> BALANCE = Fields.number("balance");
        static final NumberField<User, Double> RATIO = Fields.number("ratio");
        static final NumberField<User, Long> VISITS = Fields.number("visits");
        static final NullableField<User> SETTINGS = Fields.nullable("settings");
        static final ComparableField<User, String> MONGO_REF = Fields.comparable("mongoRef");
        static final ToMany<User, Post> POSTS = Fields.toMany("posts");
    }

    static final class Post {
        static final StringField<Post> TITLE = Fields.string("title");
        static final NumberField<Post, Integer> PRIO = Fields.number("prio");
        static final ToOne<Post, User, Integer> AUTHOR = Fields.toOne("author");
        static final ToMany<Post, Comment> COMMENTS = Fields.toMany("comments");
        static final ToMany<Post, Tag> TAGS = Fields.toMany("tags");
    }

    static final class Comment {
        static final StringField<Comment> BODY = Fields.string("body");
        static final ToOne<Comment, Post, Integer> POST = Fields.toOne("post");
    }

    static final class Tag {
        static final StringField<Tag> NAME = Fields.string("name");
    }

    static final TableRef<User> USERS = new TableRef<>("users");
    static final TableRef<Post> POSTS = new TableRef<>("posts");
    static final TableRef<Comment> COMMENTS = new TableRef<>("comments");

    static Stream<Arguments> everyOperator() {
        OffsetDateTime noon = OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.UTC);
        UUID token = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        return Stream.of(
                Arguments.of("_eq number", User.AGE.eq(30), "{\"age\":{\"_eq\":30}}"),
                Arguments.of("_neq text", User.EMAIL.neq("a@b.c"), "{\"email\":{\"_neq\":\"a@b.c\"}}"),
                Arguments.of("_gt", User.AGE.gt(1), "{\"age\":{\"_gt\":1}}"),
                Arguments.of("_gte decimal", User.BALANCE.gte(new BigDecimal("10.50")), "{\"balance\":{\"_gte\":10.50}}"),
                Arguments.of("_lt float", User.RATIO.lt(0.5), "{\"ratio\":{\"_lt\":0.5}}"),
                Arguments.of("_lte bigint", User.VISITS.lte(9_000_000_000L), "{\"visits\":{\"_lte\":9000000000}}"),
                Arguments.of("_in", User.AGE.in(1, 2, 3), "{\"age\":{\"_in\":[1,2,3]}}"),
                Arguments.of("_in empty", User.AGE.in(List.of()), "{\"age\":{\"_in\":[]}}"),
                Arguments.of("_not_in", User.EMAIL.notIn("x", "y"), "{\"email\":{\"_not_in\":[\"x\",\"y\"]}}"),
                Arguments.of("_contains", User.EMAIL.contains("100%_off"), "{\"email\":{\"_contains\":\"100%_off\"}}"),
                Arguments.of("_starts_with", User.EMAIL.startsWith("ré"), "{\"email\":{\"_starts_with\":\"ré\"}}"),
                Arguments.of("_ends_with", User.EMAIL.endsWith(".org"), "{\"email\":{\"_ends_with\":\".org\"}}"),
                Arguments.of("_between date", User.BIRTHDAY.between(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)),
                        "{\"birthday\":{\"_between\":[\"2000-01-01\",\"2000-12-31\"]}}"),
                Arguments.of("_gt datetime", User.LAST_LOGIN.gt(noon), "{\"lastLogin\":{\"_gt\":\"2024-01-31T12:00:00Z\"}}"),
                Arguments.of("_is_null", User.SETTINGS.isNull(), "{\"settings\":{\"_is_null\":true}}"),
                Arguments.of("_is_not_null", User.AGE.isNotNull(), "{\"age\":{\"_is_not_null\":true}}"),
                Arguments.of("boolean", User.ACTIVE.isTrue(), "{\"active\":{\"_eq\":true}}"),
                Arguments.of("enum", User.ROLE.in(Role.ADMIN, Role.EDITOR), "{\"role\":{\"_in\":[\"admin\",\"editor\"]}}"),
                Arguments.of("uuid", User.TOKEN.eq(token), "{\"token\":{\"_eq\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"}}"),
                Arguments.of("ObjectId", User.MONGO_REF.eq("5f0c8a3e2b1d4c6e8f9a0b1c"), "{\"mongoRef\":{\"_eq\":\"5f0c8a3e2b1d4c6e8f9a0b1c\"}}"),
                Arguments.of("_and _or _not", User.AGE.gt(1).and(User.EMAIL.contains("a").or(User.ACTIVE.isFalse())).not(),
                        "{\"_not\":{\"_and\":[{\"age\":{\"_gt\":1}},{\"_or\":[{\"email\":{\"_contains\":\"a\"}},{\"active\":{\"_eq\":false}}]}]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperator")
    void everyOperatorRoundTripsThroughRestJson(String name, Where<User> where, String json) {
        assertEquals(json, FilterJson.toJson(where.filter()));
        Query<User> query = USERS.query().where(where);
        QuerySpec spec = query.spec(BlogSchema.SCHEMA);
        assertEquals(where.filter(), spec.filter());
        assertEquals(spec, QueryParams.parse(BlogSchema.SCHEMA, "users", QueryParams.toParams(spec)));
    }

    @Test
    void relationPathsJoinToOneAndTestToManyWithExists() {
        Where<Comment> threeHops = Comment.POST.dot(Post.AUTHOR).dot(User.EMAIL).eq("a@b.c");
        assertEquals("{\"post\":{\"author\":{\"email\":{\"_eq\":\"a@b.c\"}}}}", FilterJson.toJson(threeHops.filter()));
        assertEquals(threeHops.filter(), COMMENTS.query().where(threeHops).spec(BlogSchema.SCHEMA).filter());

        Where<Post> byAuthorId = Post.AUTHOR.eq(7).or(Post.AUTHOR.isNull());
        assertEquals(byAuthorId.filter(), POSTS.query().where(byAuthorId).spec(BlogSchema.SCHEMA).filter());

        Where<Post> tagged = Post.TAGS.some(Tag.NAME.eq("java")).and(Post.COMMENTS.isEmpty());
        assertEquals(tagged.filter(), POSTS.query().where(tagged).spec(BlogSchema.SCHEMA).filter());

        Where<User> wrote = User.POSTS.some(Post.TITLE.contains("x")).and(User.POSTS.none(Post.PRIO.gt(5)));
        assertEquals(wrote.filter(), USERS.query().where(wrote).spec(BlogSchema.SCHEMA).filter());
    }

    @Test
    void fieldsSortPagingMetaDeepAndAggregates() {
        Query<Post> query = POSTS.query()
                .select(Post.TITLE, Post.AUTHOR.dot(User.EMAIL), Post.TAGS.all())
                .orderBy(Post.AUTHOR.dot(User.EMAIL).desc(), Post.TITLE.asc())
                .limit(20).page(3)
                .meta(Query.Meta.TOTAL_COUNT, Query.Meta.FILTER_COUNT)
                .deep(Post.COMMENTS, c -> c.where(Comment.BODY.contains("ok")).orderBy(Comment.BODY.desc()).limit(2))
                .aggregate(Aggregate.count(), Post.PRIO.sum(), Post.PRIO.max());
        Map<String, List<String>> params = query.params();
        assertEquals(List.of("title,author.email,tags.*"), params.get("fields"));
        assertEquals(List.of("-author.email,title"), params.get("sort"));
        assertEquals(List.of("{\"comments\":{\"filter\":{\"body\":{\"_contains\":\"ok\"}},\"sort\":\"-body\",\"limit\":2}}"),
                params.get("deep"));
        assertEquals(List.of("{\"count\":[\"*\"],\"sum\":[\"prio\"],\"max\":[\"prio\"]}"), params.get("aggregate"));

        QuerySpec spec = query.spec(BlogSchema.SCHEMA);
        assertEquals(20, spec.limit());
        assertEquals(3, spec.page());
        assertEquals(Set.of(MetaKind.TOTAL_COUNT, MetaKind.FILTER_COUNT), spec.meta());
        assertEquals(List.of(SortKey.desc("author.email"),
                SortKey.asc("title")), spec.sort().subList(0, 2));
        assertEquals(3, spec.aggregates().size());
        assertEquals(spec, QueryParams.parse(BlogSchema.SCHEMA, "posts", QueryParams.toParams(spec)));
    }

    @Test
    void comparingWithNullIsRefusedInFavourOfIsNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> User.EMAIL.eq(null));
        assertEquals("a comparison with null matches nothing; use isNull() on email", e.getMessage());
    }
}
