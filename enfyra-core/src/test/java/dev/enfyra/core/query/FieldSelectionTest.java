package dev.enfyra.core.query;

import static dev.enfyra.core.query.Q.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code fields}: what each form selects, and every rejection with its location. */
class FieldSelectionTest {

    private static FieldSelection fields(String table, String fields) {
        return Q.parse(table, "fields", fields).fields();
    }

    private static FieldSelection sel(List<String> columns, List<String> ids, Map<String, FieldSelection> expanded) {
        return new FieldSelection(columns, ids, expanded);
    }

    @Test
    void noFieldsIsStarWithoutUnpublishedColumnsAndRelationsAsIds() {
        FieldSelection star = sel(List.of("id", "name", "age", "role", "lastLogin", "balance", "settings"),
                List.of("posts", "comments"), Map.of());
        assertEquals(star, Q.parse("users").fields());
        assertEquals(star, fields("users", "*"));
        assertEquals(star, FieldSelection.all(QueryFixture.SCHEMA, "users"));
    }

    @Test
    void listedColumnsComeInDeclaredOrder() {
        assertEquals(sel(List.of("id", "title"), List.of(), Map.of()), fields("posts", "title, id"));
        assertEquals(sel(List.of("id"), List.of(), Map.of()), fields("posts", "id,id"));
    }

    @Test
    void aBareRelationIsItsIdsAndAPathExpandsIt() {
        assertEquals(sel(List.of("title"), List.of("author"), Map.of()), fields("posts", "title,author"));
        FieldSelection name = sel(List.of("name"), List.of(), Map.of());
        assertEquals(sel(List.of(), List.of(), Map.of("author", name)), fields("posts", "author.name"));
        assertEquals(sel(List.of(), List.of(), Map.of("author", name)), fields("posts", "author,author.name"));
    }

    @Test
    void relationStarAndPathsAtAnyDepth() {
        FieldSelection tagNames = sel(List.of("name"), List.of(), Map.of());
        FieldSelection posts = sel(List.of(), List.of(), Map.of("tags", tagNames));
        FieldSelection author = sel(List.of("id", "name", "age", "role", "lastLogin", "balance", "settings"),
                List.of("posts", "comments"), Map.of());
        assertEquals(sel(List.of("id"), List.of(), Map.of("author", sel(List.of(), List.of(), Map.of("posts", posts)))),
                fields("comments", "id,author.posts.tags.name"));
        assertEquals(sel(List.of("id", "body"), List.of("post"), Map.of("author", author)),
                fields("comments", "*,author.*"));
    }

    @Test
    void exclusionSwitchesEveryScopeOnItsPathToAllButTheExcluded() {
        assertEquals(sel(List.of("id", "prio", "createdAt"), List.of("author", "comments", "tags"), Map.of()),
                fields("posts", "-title"));
        assertEquals(sel(List.of("id", "prio", "createdAt"), List.of("comments", "tags"), Map.of()),
                fields("posts", "-title,-author"));
        // As in Enfyra: positive names in exclude mode add nothing new.
        assertEquals(fields("posts", "-title"), fields("posts", "id,-title"));
        FieldSelection author = sel(List.of("id", "age", "role", "lastLogin", "balance", "settings"),
                List.of("posts", "comments"), Map.of());
        assertEquals(sel(List.of("id", "title", "prio", "createdAt"), List.of("comments", "tags"),
                Map.of("author", author)), fields("posts", "-author.name"));
    }

    @Test
    void pathsListTheSelectionExplicitly() {
        assertEquals(List.of("id", "post", "author.posts.tags.name"), fields("comments", "id,post,author.posts.tags.name").paths());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            posts    | titel               | fields[0]: unknown field "titel" on table "posts"; did you mean "title"?
            posts    | id,author.nmae      | fields[1]: unknown field "nmae" on table "users"; did you mean "name"?
            users    | id,password         | fields[1]: field "password" of table "users" is not readable
            posts    | author.password     | fields[0]: field "password" of table "users" is not readable
            users    | -password           | fields[0]: field "password" of table "users" is not readable
            users    | passwrd             | fields[0]: unknown field "passwrd" on table "users"
            posts    | title.length        | fields[0]: "title" is a column of table "posts", not a relation
            posts    | author.*.name       | fields[0]: "*" must be the last part of a path, found "author.*.name"
            posts    | -*                  | fields[0]: cannot exclude "*"; exclude fields by name
            posts    | -author.*           | fields[0]: cannot exclude "*"; exclude fields by name
            posts    | id,,title           | fields[1]: empty entry; remove the extra comma
            posts    | id,                 | fields[1]: empty entry; remove the extra comma
            posts    | -                   | fields[0]: empty name in "-"
            posts    | author..name        | fields[0]: empty name in "author..name"
            posts    | title,-title        | fields[1]: field "title" of table "posts" is both selected (fields[0]) and excluded (fields[1])
            posts    | -author,author.name | fields[1]: field "author" of table "posts" is both selected (fields[1]) and excluded (fields[0])
            posts    | author.name,-author | fields[1]: field "author" of table "posts" is both selected (fields[0]) and excluded (fields[1])
            tags     | -id,-name,-posts    | fields: selects no field of table "tags"
            posts    | '-author.id,-author.name,-author.age,-author.role,-author.lastLogin,-author.balance,-author.settings,-author.posts,-author.comments' | fields[0]: selects no field of table "users"
            """)
    void rejected(String table, String fields, String message) {
        assertEquals(message, error(table, "fields", fields));
    }

    @Test
    void emptyFieldsIsAnError() {
        assertEquals("fields[0]: empty entry; remove the extra comma", error("posts", "fields", ""));
    }

    @Test
    void hostileInputIsBounded() {
        assertEquals("fields: too long: 70000 characters, at most 65536", error("posts", "fields", "a".repeat(70_000)));
        assertEquals("fields: too many entries: 5000, at most 500",
                error("posts", "fields", String.join(",", java.util.Collections.nCopies(5000, "id"))));
        assertEquals("fields[0]: path \"author.posts.author.posts.author.posts.author.posts.author\" has 9 parts,"
                + " at most 8", error("posts", "fields", "author.posts.author.posts.author.posts.author.posts.author"));
    }

    @Test
    void theRecordRefusesOverlapsAndEmptiness() {
        assertThrows(IllegalArgumentException.class, () -> sel(List.of(), List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> sel(List.of("author"), List.of("author"), Map.of()));
    }
}
