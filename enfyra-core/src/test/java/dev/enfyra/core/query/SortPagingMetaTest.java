package dev.enfyra.core.query;

import static dev.enfyra.core.query.Q.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sort}, {@code limit}, {@code page} and {@code meta}. */
class SortPagingMetaTest {

    @Test
    void sortKeysInOrderThroughToOneRelations() {
        assertEquals(List.of(SortKey.desc("createdAt"), SortKey.asc("author.name"), SortKey.asc("author")),
                Q.parse("posts", "sort", "-createdAt, author.name,author").sort());
        assertEquals(List.of(SortKey.asc("post.author.age")), Q.parse("comments", "sort", "post.author.age").sort());
        assertEquals(List.of(), Q.parse("posts").sort());
        assertEquals("-author.name", SortKey.desc("author.name").toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            posts | comments.body     | sort[0]: cannot sort by "comments.body": "comments" is a to-many relation of table "posts"; order its rows with deep.comments.sort
            posts | -tags             | sort[0]: cannot sort by "tags": "tags" is a to-many relation of table "posts"; order its rows with deep.tags.sort
            posts | titel             | sort[0]: unknown field "titel" on table "posts"; did you mean "title"?
            posts | id,-author.pasword | sort[1]: unknown field "pasword" on table "users"
            posts | author.password   | sort[0]: field "password" of table "users" is not readable
            posts | title.x           | sort[0]: "title" is a column of table "posts", not a relation
            posts | title,-title      | sort[1]: "title" is already a sort key (sort[0])
            posts | -                 | sort[0]: empty name in "-"
            users | role              | sort[0]: cannot sort by "role": enum values have no order shared by every database; sortable types: int, bigint, float, decimal, varchar, text, boolean, date, datetime, timestamp, ObjectId
            users | settings          | sort[0]: cannot sort by "settings": simple-json values have no order shared by every database; sortable types: int, bigint, float, decimal, varchar, text, boolean, date, datetime, timestamp, ObjectId
            """)
    void sortRejected(String table, String sort, String message) {
        assertEquals(message, error(table, "sort", sort));
    }

    @Test
    void limitDefaultsToTenAndZeroMeansAll() {
        assertEquals(10, Q.parse("posts").limit());
        assertEquals(0, Q.parse("posts", "limit", "0").limit());
        assertEquals(10_000, Q.parse("posts", "limit", "10000").limit());
        QuerySpec spec = Q.parse("posts", "limit", "5", "page", "3");
        assertEquals(3, spec.page());
        assertEquals(10, spec.offset());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            limit | -1          | limit: limit must not be negative, found -1
            limit | 10001       | limit: limit must be at most 10000, found 10001
            limit | 99999999999999999999 | limit: limit must be at most 10000, found 99999999999999999999
            limit | abc         | limit: expected a whole number, found "abc"
            limit | 1.5         | limit: expected a whole number, found "1.5"
            limit | +5          | limit: expected a whole number, found "+5"
            limit | ' 5'        | limit: expected a whole number, found " 5"
            page  | 0           | page: page must be at least 1, found 0
            page  | x           | page: expected a whole number, found "x"
            page  | 3000000000  | page: page must be at most 2147483647, found 3000000000
            """)
    void pagingRejected(String name, String value, String message) {
        assertEquals(message, error("posts", name, value));
    }

    @Test
    void aLaterPageNeedsALimit() {
        assertEquals("page: page 2 needs a limit: with limit 0 every row is on page 1",
                error("posts", "limit", "0", "page", "2"));
    }

    @Test
    void theMaximumIsConfigurable() {
        QueryLimits strict = QueryLimits.DEFAULT.withMaxLimit(100, false);
        assertEquals("limit: limit=0 (all rows) is not allowed here; give a limit from 1 to 100",
                error(() -> QueryParams.parse(QueryFixture.SCHEMA, "posts", Q.params("limit", "0"), strict)));
        assertEquals("limit: limit must be at most 100, found 101",
                error(() -> QueryParams.parse(QueryFixture.SCHEMA, "posts", Q.params("limit", "101"), strict)));
    }

    @Test
    void metaNamesAndStar() {
        assertEquals(Set.of(), Q.parse("posts").meta());
        assertEquals(Set.of(MetaKind.FILTER_COUNT), Q.parse("posts", "meta", "filterCount").meta());
        assertEquals(EnumSet.allOf(MetaKind.class), Q.parse("posts", "meta", "*").meta());
        assertEquals(EnumSet.allOf(MetaKind.class), Q.parse("posts", "meta", "filterCount,totalCount").meta());
        assertEquals(List.of(MetaKind.TOTAL_COUNT, MetaKind.FILTER_COUNT),
                List.copyOf(Q.parse("posts", "meta", "filterCount,totalCount").meta()));
    }

    @Test
    void metaRejected() {
        assertEquals("meta[1]: unknown meta \"totalcount\"; did you mean \"totalCount\"?; use totalCount,"
                + " filterCount or *", error("posts", "meta", "filterCount,totalcount"));
        assertEquals("meta[0]: empty entry; remove the extra comma", error("posts", "meta", ""));
    }

    @Test
    void theRecordKeepsItsInvariants() {
        QuerySpec spec = QuerySpec.of(FieldSelection.all(QueryFixture.SCHEMA, "posts"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new QuerySpec(
                spec.filter(), spec.fields(), List.of(SortKey.asc("id"), SortKey.desc("id")), 10, 1, Set.of(),
                Map.of(), List.of()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new QuerySpec(
                spec.filter(), spec.fields(), List.of(), 0, 2, Set.of(), Map.of(), List.of()));
    }
}
