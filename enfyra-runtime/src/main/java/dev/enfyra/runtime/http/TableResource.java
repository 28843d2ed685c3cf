package dev.enfyra.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.query.QueryParams;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.query.JsonRows;
import dev.enfyra.runtime.query.ReadResult;
import dev.enfyra.runtime.query.TextCache;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The REST resource of one table: {@code GET /}, {@code GET /{id}}, {@code POST /},
 * {@code PATCH /{id}}, {@code DELETE /{id}}. Generated code registers one subclass per table.
 * Each request runs in one transaction; a write returns the saved row, read again.
 */
public class TableResource implements HttpService {

    /** A resource for any table, without a generated subclass (tests, tools). */
    public static TableResource of(EnfyraRuntime runtime, String table) {
        return new TableResource(runtime, table);
    }

    /** Parameters a read of one row (and a write's answer) takes: what to return, not which rows. */
    private static final Set<String> ONE_ROW_PARAMS = Set.of("fields", "deep");

    private final EnfyraRuntime runtime;
    private final String table;
    private final int maxBodyBytes;
    /** The parsed list queries of this table by their raw query string. */
    private final TextCache<QuerySpec> listSpecs = new TextCache<>(1_000);

    protected TableResource(EnfyraRuntime runtime, String table) {
        this.runtime = runtime;
        this.table = table;
        this.maxBodyBytes = runtime.config().maxBodyBytes();
        runtime.schema().requireTable(table);
    }

    public String table() {
        return table;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(TableResource::refuseMatrixParameters)
                .get("/", this::list)
                .get("/{id}", this::one)
                .post("/", this::create)
                .patch("/{id}", this::update)
                .delete("/{id}", this::delete);
    }

    /**
     * Helidon reads {@code ;…} in a path segment as matrix parameters and routes
     * {@code DELETE /books/1;DROP TABLE books} as {@code DELETE /books/1}. No route here takes
     * any, so such a path names nothing: 404, rather than acting on the path without them.
     */
    private static void refuseMatrixParameters(ServerRequest req, ServerResponse res) {
        io.helidon.common.uri.UriPath path = req.prologue().uriPath();
        if (!path.rawPath().equals(path.rawPathNoParams())) {
            throw new ApiError(ApiError.Code.RESOURCE_NOT_FOUND, "no route " + req.prologue().method().text() + " "
                    + path.rawPathNoParams() + " (a path takes no ;parameters)");
        }
        res.next();
    }

    private void list(ServerRequest req, ServerResponse res) {
        // The same query string reads the same way: parsed and checked once, then reused.
        QuerySpec spec = listSpecs.get(req.query().rawValue(), raw -> QueryParams.parse(runtime.schema(), table, params(req)));
        ReadResult result = runtime.reads().read(table, spec);
        JsonBodies.send(res, 200, json -> {
            json.writeStartObject();
            json.writeFieldName("data");
            JsonRows.writeArray(json, result);
            json.writeFieldName("meta");
            JsonRows.value(json, null, result.meta()); // not the plain mapper: min/max may be date-times
            json.writeEndObject();
        });
    }

    private void one(ServerRequest req, ServerResponse res) {
        Object id = runtime.writes().parseId(table, req.path().pathParameters().get("id"));
        QuerySpec spec = oneRow(req, id);
        ReadResult result = runtime.reads().read(table, spec);
        if (result.size() == 0) {
            throw new ApiError(ApiError.Code.RESOURCE_NOT_FOUND, "no " + table + " record with id " + id);
        }
        sendRow(res, 200, result);
    }

    private void create(ServerRequest req, ServerResponse res) {
        JsonNode body = JsonBodies.parse(body(req));
        QuerySpec answer = oneRow(req, null);
        ReadResult saved = runtime.database().jdbi().inTransaction(handle -> {
            Object id = runtime.writes().create(handle, table, body);
            return runtime.reads().read(handle, table, withId(answer, id));
        });
        sendRow(res, 201, saved);
    }

    private void update(ServerRequest req, ServerResponse res) {
        Object id = runtime.writes().parseId(table, req.path().pathParameters().get("id"));
        JsonNode body = JsonBodies.parse(body(req));
        QuerySpec answer = oneRow(req, id);
        ReadResult saved = runtime.database().jdbi().inTransaction(handle -> {
            runtime.writes().update(handle, table, id, body);
            return runtime.reads().read(handle, table, answer);
        });
        sendRow(res, 200, saved);
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Object id = runtime.writes().parseId(table, req.path().pathParameters().get("id"));
        runtime.database().jdbi().useTransaction(handle -> runtime.writes().delete(handle, table, id));
        String key = runtime.schema().requireTable(table).primaryKey().name();
        JsonBodies.send(res, 200, json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeFieldName(key);
            JsonRows.value(json, runtime.schema().requireTable(table).primaryKey().type(), id);
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** {@code fields} and {@code deep} of the request, applied to the row with this id (filled in later when null). */
    private QuerySpec oneRow(ServerRequest req, Object id) {
        Map<String, List<String>> params = params(req);
        for (String name : params.keySet()) {
            if (!ONE_ROW_PARAMS.contains(name)) {
                throw new ApiError(ApiError.Code.BAD_REQUEST, name + ": a request for one record takes only fields and deep");
            }
        }
        QuerySpec spec = QueryParams.parse(runtime.schema(), table, params);
        return id == null ? spec : withId(spec, id);
    }

    private QuerySpec withId(QuerySpec spec, Object id) {
        String key = runtime.schema().requireTable(table).primaryKey().name();
        return new QuerySpec(Filter.eq(FieldPath.of(key), id), spec.fields(), List.of(), 1, 1, Set.of(), spec.deep(), List.of());
    }

    private void sendRow(ServerResponse res, int status, ReadResult result) {
        JsonBodies.send(res, status, json -> {
            json.writeStartObject();
            json.writeFieldName("data");
            JsonRows.writeFirst(json, result);
            json.writeEndObject();
        });
    }

    private static Map<String, List<String>> params(ServerRequest req) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String name : req.query().names()) {
            params.put(name, req.query().all(name));
        }
        return params;
    }

    private byte[] body(ServerRequest req) {
        return JsonBodies.read(req, maxBodyBytes);
    }
}
