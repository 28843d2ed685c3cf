package dev.enfyra.runtime.conformance;

import static dev.enfyra.runtime.conformance.Fixture.HUONG;
import static dev.enfyra.runtime.conformance.Fixture.ZOLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.runtime.conformance.ConformanceGraphQlReadTest.Gql;
import dev.enfyra.runtime.query.Statements;
import dev.enfyra.runtime.testing.TestDatabases.Kind;
import dev.enfyra.runtime.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a GraphQL read costs, on every database: one SQL statement for the rows (with the
 * top-level relations whose key the row holds joined in) and one per other relation field of the
 * selection (at any depth), whatever the number of rows: relations load in batches, never one
 * query per row. Counted with {@link Statements#executed()}, and equal to what
 * REST costs for the same question.
 */
class ConformanceGraphQlCostTest {

    /** The engine's statement count when the current question began (one question at a time). */
    private static long mark;
    private static final PerKind<Gql> ENVS = new PerKind<>(kind -> Gql.conformance(kind, "gql_cost"));

    /**
     * Books with 9 relation fields at up to three levels: author, author.city,
     * author.city.country, editor, series, tags, tags.books, reviews, reviews.reviewer. Book 1
     * (first by id) has every one of them, so every level has rows to load whatever the limit.
     */
    private static final String QUERY = """
            query($limit: Int) {
              books(sort: "id", limit: $limit) {
                data {
                  id title
                  author { name city { name country { code } } }
                  editor { name }
                  series { name }
                  tags(sort: "name") { name books(sort: "-id", limit: 2) { id } }
                  reviews(sort: "id") { stars reviewer { name } }
                }
              }
            }
            """;
    private static final int RELATION_FIELDS = 9;
    /** Of those, the ones the books SELECT joins: author, editor, series (a book holds their keys). */
    private static final int JOINED = 3;
    private static final int STATEMENTS = 1 + RELATION_FIELDS - JOINED;

    @AfterAll
    static void closeAll() throws Exception {
        ENVS.closeAll();
    }

    private static int statements(Kind kind) {
        return (int) (Statements.executed() - mark);
    }

    private static void reset(Kind kind) {
        mark = Statements.executed();
    }

    /** The books query with {@code limit}: how many rows it answered, and how many statements it cost. */
    private static int[] cost(Kind kind, int limit) {
        Gql env = ENVS.get(kind);
        reset(kind);
        JsonNode answer = env.graphqlOnce(QUERY, Gql.parse("{\"limit\": " + limit + "}"));
        int statements = statements(kind);
        assertFalse(answer.has("errors"), answer.toString());
        return new int[] {answer.get("data").get("books").get("data").size(), statements};
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneStatementPerRelationLevelWhateverTheRowCount(Kind kind) {
        Gql env = ENVS.get(kind);
        List<String> costs = new ArrayList<>();
        for (int limit : new int[] {1, 2, 5, 0}) {
            int[] cost = cost(kind, limit);
            costs.add(cost[0] + " rows: " + cost[1] + " statements");
        }
        assertEquals(List.of("1 rows: 7 statements", "2 rows: 7 statements", "5 rows: 7 statements", "16 rows: 7 statements"), costs,
                "1 for the books and 1 per relation field (" + RELATION_FIELDS + ") not joined (" + JOINED + ")");

        // Twenty times the rows, every one with every relation: still 7 statements.
        env.database().jdbi().useTransaction(h -> {
            for (int i = 0; i < 300; i++) {
                ObjectNode book = Fixture.JSON.createObjectNode().put("title", "Bulk " + i).put("author", i % 2 == 0 ? ZOLA : HUONG)
                        .put("editor", HUONG).put("series", 1 + i % 3);
                book.putArray("tags").add(1 + i % 5).add(1 + (i + 1) % 5);
                env.runtime().writes().seed(h, "books", book);
            }
        });
        env.changed();
        int[] all = cost(kind, 0);
        assertEquals(316, all[0]);
        assertEquals(STATEMENTS, all[1], "316 rows");

        // REST asks the same with fields and deep, and costs the same.
        reset(kind);
        TestServer.Response rest = env.rest("books", Map.of("sort", "id", "limit", "0", "fields",
                "id,title,author.name,author.city.name,author.city.country.code,editor.name,series.name,tags.name,tags.books.id,"
                        + "reviews.stars,reviews.reviewer.name",
                "deep", "{\"tags\": {\"sort\": \"name\", \"deep\": {\"books\": {\"sort\": \"-id\", \"limit\": 2}}}, \"reviews\": {\"sort\": \"id\"}}"));
        assertEquals(200, rest.status());
        assertEquals(STATEMENTS, statements(kind), "REST, the same question");
        JsonNode graphql = env.graphql(QUERY, Gql.parse("{\"limit\": 0}")).get("data").get("books").get("data");
        assertEquals(null, Answers.diff(Gql.sortedKeys(rest.body().get("data")), Gql.sortedKeys(graphql)));

        // meta adds its counts (one statement each), and nothing per row; the same when the
        // query is asked again and answered directly.
        long direct = env.directAnswers();
        for (int time = 1; time <= 2; time++) {
            reset(kind);
            JsonNode meta = env.graphqlOnce("{ books(limit: 0) { data { id author { name } } meta } }", null);
            assertFalse(meta.has("errors"), meta.toString());
            int withMeta = statements(kind);
            reset(kind);
            env.graphqlOnce("{ books(limit: 0) { data { id author { name } } } }", null);
            assertEquals(1, statements(kind), "the books with their authors joined, time " + time);
            assertEquals(316, meta.get("data").get("books").get("meta").get("totalCount").intValue());
            assertEquals(1 + 2, withMeta, "and totalCount and filterCount, time " + time);
        }
        assertEquals(direct + 2, env.directAnswers(), "the second time, both were answered directly");
    }

    /** One row by key, and a mutation's answer: the same batched reads, one statement per relation field. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneRowCostsTheSame(Kind kind) {
        Gql env = ENVS.get(kind);
        reset(kind);
        JsonNode one = env.graphqlOnce("{ authors_by_id(id: \"" + ZOLA + "\") { name books(sort: \"id\") { title tags { name } reviews { stars } }"
                + " mentees { name } profile { website } } }", null);
        assertFalse(one.has("errors"), one.toString());
        assertEquals(1 + 5, statements(kind), "the author, books, books.tags, books.reviews, mentees, profile");
    }
}
