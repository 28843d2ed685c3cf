package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.http.JsonBodies;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/**
 * {@code POST /graphql} with {@code {"query", "variables", "operationName"}}, and {@code GET /graphql?query=…};
 * with GraphiQL enabled, a browser asking for HTML gets the GraphiQL page.
 */
public final class GraphQlService implements HttpService {

    private final GraphQlEngine engine;
    private final boolean graphiql;
    private final int maxBodyBytes;

    public GraphQlService(GraphQlEngine engine, boolean graphiql, int maxBodyBytes) {
        this.engine = engine;
        this.graphiql = graphiql;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::post).get("/", this::get);
    }

    private void post(ServerRequest req, ServerResponse res) {
        JsonNode body = JsonBodies.parse(body(req));
        JsonNode query = body.get("query");
        if (query == null || !query.isTextual()) {
            throw new ApiError(ApiError.Code.BAD_REQUEST, "the body needs \"query\": the GraphQL document as a string");
        }
        JsonNode variables = body.get("variables");
        JsonNode operation = body.get("operationName");
        Map<String, Object> vars = variables == null || variables.isNull() ? Map.of() : Scalars.toMap(variables);
        answer(res, query.textValue(), vars, operation == null || operation.isNull() ? null : operation.asText());
    }

    private void get(ServerRequest req, ServerResponse res) {
        String accept = req.headers().first(HeaderNames.ACCEPT).orElse("");
        if (graphiql && accept.contains("text/html") && req.query().first("query").isEmpty()) {
            res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
            res.send(GraphiQlPage.HTML);
            return;
        }
        String query = req.query().first("query").orElseThrow(() ->
                new ApiError(ApiError.Code.BAD_REQUEST, "query: give the GraphQL document as ?query=…"));
        Map<String, Object> vars = req.query().first("variables").map(v -> Scalars.toMap(GraphQlJson.parse(v, "variables"))).orElse(Map.of());
        answer(res, query, vars, req.query().first("operationName").orElse(null));
    }

    /** A simple query already seen is answered straight from the engine; anything else, and any doubt, by graphql-java. */
    private void answer(ServerResponse res, String query, Map<String, Object> variables, String operationName) {
        JsonBodies.Writer direct = engine.direct(query, variables, operationName);
        if (direct != null) {
            try {
                JsonBodies.send(res, 200, direct);
                return;
            } catch (DirectAnswer.Fallback e) {
                // Nothing was sent: graphql-java answers, with its errors.
            }
        }
        Map<String, Object> result = engine.execute(query, variables, operationName);
        JsonBodies.send(res, 200, json -> GraphQlJson.write(json, result));
    }

    private byte[] body(ServerRequest req) {
        return JsonBodies.read(req, maxBodyBytes);
    }
}
