package dev.enfyra.core.query;

import static dev.enfyra.core.query.Q.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code deep}: per-relation options, how its fields meet the top-level fields, and rejections. */
class DeepTest {
    private static final FieldSelection BODY = new FieldSelection(List.of("body"), List.of(), Map.of());

    @Test
    void aDeepEntryExpandsItsRelationAndCarriesItsOptions() {
        QuerySpec spec = Q.parse("posts", "fields", "id",
                "deep", "{\"comments\": {\"fields\": \"body\", \"filter\": {\"body\": {\"_contains\": \"e\"}},"
                        + " \"sort\": \"-body\", \"limit\": 2, \"page\": 2}}");
        assertEquals(new FieldSelection(List.of("id"), List.of(), Map.of("comments", BODY)), spec.fields());
        QuerySpec comments = spec.deep().get("comments");
        assertEquals(BODY, comments.fields());
        assertEquals(Filter.contains(FieldPath.of("body"), "e"), comments.filter());
        assertEquals(List.of(SortKey.desc("body")), comments.sort());
        assertEquals(2, comments.limit());
        assertEquals(2, comments.page());
    }

    @Test
    void withoutItsOwnFieldsADeepEntryTakesThePathsOfTheParentOrStar() {
        QuerySpec inherited = Q.parse("posts", "fields", "id,comments.body", "deep", "{\"comments\": {\"limit\": 1}}");
        assertEquals(BODY, inherited.deep().get("comments").fields());
        QuerySpec star = Q.parse("posts", "fields", "id", "deep", "{\"comments\": {\"limit\": 1}}");
        assertEquals(FieldSelection.all(QueryFixture.SCHEMA, "comments"), star.deep().get("comments").fields());
        assertEquals(star.fields().expanded().get("comments"), star.deep().get("comments").fields());
    }

    @Test
    void fieldsMayBeAnArrayAsInEnfyra() {
        assertEquals(BODY, Q.parse("posts", "deep", "{\"comments\": {\"fields\": [\"body\"]}}").fields()
                .expanded().get("comments"));
    }

    @Test
    void anEntryThatChangesNothingOnlyExpands() {
        QuerySpec spec = Q.parse("posts", "fields", "id", "deep", "{\"author\": {}, \"comments\": {\"fields\": \"body\"}}");
        assertEquals(Map.of(), spec.deep());
        assertEquals(Set.of("author", "comments"), spec.fields().expanded().keySet());
    }

    @Test
    void nestedDeepAndToOneDeep() {
        QuerySpec spec = Q.parse("users", "fields", "id",
                "deep", "{\"posts\": {\"fields\": \"title\", \"sort\": \"title\", \"deep\": {\"comments\":"
                        + " {\"fields\": \"body\", \"limit\": 1, \"deep\": {\"author\": {\"deep\": {\"posts\":"
                        + " {\"limit\": 3}}}}}}}}");
        QuerySpec comments = spec.deep().get("posts").deep().get("comments");
        assertEquals(1, comments.limit());
        assertEquals(3, comments.deep().get("author").deep().get("posts").limit());
        assertEquals(List.of("body"), comments.fields().columns());
        assertEquals(Set.of("author"), comments.fields().expanded().keySet());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            id             | {"comment": {}}                          | deep.comment: unknown relation "comment" on table "posts"; did you mean "comments"?
            id             | {"title": {}}                            | deep.title: "title" is a column of table "posts"; deep takes relations
            id             | []                                       | deep: expected an object keyed by relation, such as {"comments": {"limit": 5}}, found []
            id             | {"comments": 5}                          | deep.comments: expected an object with fields, filter, sort, limit, page, deep, found 5
            id             | {"comments": {"limt": 5}}                | deep.comments.limt: unknown deep option "limt"; did you mean "limit"?; use fields, filter, sort, limit, page, deep
            id             | {"comments": {"meta": "*"}}              | deep.comments.meta: unknown deep option "meta"; use fields, filter, sort, limit, page, deep
            id             | {"author": {"limit": 1}}                 | deep.author.limit: "limit" does not apply to to-one relation "author", which has at most one row; it takes fields and deep
            id             | {"author": {"filter": {"name": "x"}}}    | deep.author.filter: "filter" does not apply to to-one relation "author", which has at most one row; it takes fields and deep
            id             | {"comments": {"limit": "5"}}             | deep.comments.limit: expected a whole number, found "5"
            id             | {"comments": {"limit": -5}}              | deep.comments.limit: limit must not be negative, found -5
            id             | {"comments": {"page": 2}}                | deep.comments.page: page 2 needs a limit: with limit 0 every row is on page 1
            id             | {"comments": {"fields": 7}}              | deep.comments.fields: expected a comma-separated string or an array of strings, found 7
            id             | {"comments": {"fields": []}}             | deep.comments.fields: expected at least one entry, found []
            id             | {"comments": {"fields": ["body", 1]}}    | deep.comments.fields[1]: expected a string, found 1
            id             | {"comments": {"fields": "bdy"}}          | deep.comments.fields[0]: unknown field "bdy" on table "comments"; did you mean "body"?
            id             | {"comments": {"filter": {"bdy": "x"}}}   | deep.comments.filter.bdy: unknown field "bdy" on table "comments"; did you mean "body"?
            id             | {"comments": {"sort": "post.comments"}}  | deep.comments.sort[0]: cannot sort by "post.comments": "comments" is a to-many relation of table "posts"; order its rows with deep.comments.sort
            id             | {"comments": {"deep": {"x": {}}}}        | deep.comments.deep.x: unknown relation "x" on table "comments"
            id,comments.id | {"comments": {"fields": "body"}}         | deep.comments.fields: the fields of "comments" are given both here and in fields[1]; give them in one place
            -comments      | {"comments": {}}                         | deep.comments: relation "comments" is excluded in fields (fields[0]) but given in deep
            id             | {"comments": {}, "comments": {}}         | deep: invalid JSON: Duplicate field 'comments' (line 1, column 28)
            id             | {"comments":                             | deep: invalid JSON: Unexpected end-of-input within/between Object entries (line 1, column 13)
            """)
    void rejected(String fields, String deep, String message) {
        assertEquals(message, error("posts", "fields", fields, "deep", deep));
    }

    @Test
    void nestingIsBounded() {
        String deep = "{}";
        for (int i = 0; i < 6; i++) {
            deep = "{\"comments\": {\"deep\": {\"post\": {\"deep\": " + deep + "}}}}";
        }
        String message = error("posts", "deep", deep);
        assertEquals("deep.comments.deep.post.deep.comments.deep.post.deep.comments.deep: deep nests deeper than 5 levels",
                message);
    }

    @Test
    void theRecordKeepsDeepAndFieldsInStep() {
        QuerySpec root = QuerySpec.of(FieldSelection.all(QueryFixture.SCHEMA, "posts"));
        QuerySpec comments = QuerySpec.nested(BODY, Filter.all(), List.of(), 1, 1, Map.of());
        assertThrows(IllegalArgumentException.class, () -> new QuerySpec(root.filter(), root.fields(), List.of(), 10,
                1, Set.of(), Map.of("comments", comments), List.of()));
    }
}
