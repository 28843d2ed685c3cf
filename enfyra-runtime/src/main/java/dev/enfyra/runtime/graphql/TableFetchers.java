package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.enfyra.core.filter.FieldPath;
import dev.enfyra.core.filter.Filter;
import dev.enfyra.core.query.QueryLimits;
import dev.enfyra.core.query.QueryParams;
import dev.enfyra.core.query.QuerySpec;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.query.JsonRows;
import dev.enfyra.runtime.query.ReadResult;
import graphql.schema.DataFetcher;
import graphql.schema.SelectedField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GraphQL data fetchers of one table's root fields: {@code <table>}, {@code <table>_by_id},
 * {@code create_/update_/delete_<table>}. The generator writes a subclass per table
 * ({@code PostsGraphQl}), listed by the application ({@code EnfyraApplication.graphQlFetchers}),
 * as it writes a {@code TableResource} per table for REST: the place for a table's own
 * behaviour. Each fetcher turns its arguments and selection set into the REST parameters, parses
 * them with the same parser, and runs the same engines as REST: the answers agree by
 * construction.
 */
public class TableFetchers {

    private final EnfyraRuntime runtime;
    private final Table table;

    public TableFetchers(EnfyraRuntime runtime, String table) {
        this.runtime = runtime;
        this.table = runtime.schema().requireTable(table);
    }

    /** The table's name. */
    public final String table() {
        return table.name();
    }

    /** Whether a subclass overrides {@link #list} or {@link #byId}: then every query of the table runs them. */
    final boolean overridesReads() {
        try {
            return getClass().getMethod("list").getDeclaringClass() != TableFetchers.class
                    || getClass().getMethod("byId").getDeclaringClass() != TableFetchers.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code posts(filter, where, sort, page, limit, aggregate)}: {@code {data, meta}}. */
    public DataFetcher<Object> list() {
        return env -> {
            // Every "data" (it may be asked more than once, under aliases): one read of what they ask together.
            List<SelectedField> data = env.getSelectionSet().getImmediateFields().stream()
                    .filter(f -> f.getName().equals("data")).toList();
            List<String> paths = new ArrayList<>();
            ObjectNode deep = Selections.collect(runtime.schema(), table, Selections.children(data), "", paths);
            boolean meta = env.getSelectionSet().contains("meta");
            ReadResult result = runtime.reads().read(table.name(), listSpec(runtime, table, env.getArguments(), paths, deep, meta));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("data", result.data());
            out.put("meta", meta || env.getArgument("aggregate") != null ? metaJson(result.meta()) : null);
            return out;
        };
    }

    /**
     * The read of a list field: its (coerced) arguments, the field paths and {@code deep} entries
     * of its {@code data} selection, and whether {@code meta} is asked, as the REST parameters
     * they are, parsed by REST's parser.
     */
    static QuerySpec listSpec(EnfyraRuntime runtime, Table table, Map<String, Object> arguments, List<String> paths,
            ObjectNode deep, boolean meta) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("fields", List.of(paths.isEmpty() ? table.primaryKey().name() : String.join(",", paths)));
        // The JSON parameters go to the parser as the trees they already are.
        Map<String, JsonNode> parsed = new LinkedHashMap<>();
        Selections.arguments(arguments).properties().forEach(e -> {
            if (e.getKey().equals("filter")) {
                parsed.put("filter", e.getValue());
            } else {
                params.put(e.getKey(), List.of(e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString()));
            }
        });
        if (!deep.isEmpty()) {
            parsed.put("deep", deep);
        }
        if (meta) {
            params.put("meta", List.of("*"));
        }
        Object aggregate = arguments.get("aggregate");
        if (aggregate != null) {
            JsonNode json = Scalars.toJson(aggregate);
            if (json.isTextual()) {
                params.put("aggregate", List.of(json.textValue()));
            } else {
                parsed.put("aggregate", json);
            }
        }
        return QueryParams.parse(runtime.schema(), table.name(), params, parsed, QueryLimits.DEFAULT);
    }

    /**
     * The meta as REST writes it ({@link JsonRows#value}): counts, and aggregates whose min and
     * max may be dates and date-times, which the plain mapper cannot write.
     */
    static JsonNode metaJson(Map<String, Object> meta) {
        try {
            TokenBuffer buffer = new TokenBuffer(GraphQlJson.MAPPER, false);
            JsonRows.value(buffer, null, meta);
            return GraphQlJson.MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code posts_by_id(id)}: the row, or null. */
    public DataFetcher<Object> byId() {
        return env -> {
            Object id = runtime.writes().parseId(table.name(), String.valueOf((Object) env.getArgument("id")));
            List<Map<String, Object>> rows = runtime.reads().read(table.name(), one(env.getSelectionSet().getImmediateFields(), id)).data();
            return rows.isEmpty() ? null : rows.get(0);
        };
    }

    public DataFetcher<Object> create() {
        return env -> {
            JsonNode body = Scalars.toJson(env.getArgument("data"));
            List<SelectedField> selection = env.getSelectionSet().getImmediateFields();
            return runtime.database().jdbi().inTransaction(handle -> {
                Object id = runtime.writes().create(handle, table.name(), body);
                return first(runtime.reads().read(handle, table.name(), one(selection, id)).data());
            });
        };
    }

    public DataFetcher<Object> update() {
        return env -> {
            Object id = runtime.writes().parseId(table.name(), String.valueOf((Object) env.getArgument("id")));
            JsonNode body = Scalars.toJson(env.getArgument("data"));
            List<SelectedField> selection = env.getSelectionSet().getImmediateFields();
            return runtime.database().jdbi().inTransaction(handle -> {
                runtime.writes().update(handle, table.name(), id, body);
                return first(runtime.reads().read(handle, table.name(), one(selection, id)).data());
            });
        };
    }

    public DataFetcher<Object> delete() {
        return env -> {
            Object id = runtime.writes().parseId(table.name(), String.valueOf((Object) env.getArgument("id")));
            runtime.database().jdbi().useTransaction(handle -> runtime.writes().delete(handle, table.name(), id));
            return id;
        };
    }

    /** The read of one row by key, selecting what the GraphQL field selects. */
    private QuerySpec one(List<SelectedField> selection, Object id) {
        List<String> paths = new ArrayList<>();
        ObjectNode deep = Selections.collect(runtime.schema(), table, selection, "", paths);
        return one(runtime, table, paths, deep, id);
    }

    /** The read of one row by key, with the field paths and {@code deep} entries of its selection. */
    static QuerySpec one(EnfyraRuntime runtime, Table table, List<String> paths, ObjectNode deep, Object id) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("fields", List.of(paths.isEmpty() ? table.primaryKey().name() : String.join(",", paths)));
        if (!deep.isEmpty()) {
            params.put("deep", List.of(deep.toString()));
        }
        QuerySpec spec = QueryParams.parse(runtime.schema(), table.name(), params);
        return new QuerySpec(Filter.eq(FieldPath.of(table.primaryKey().name()), id), spec.fields(), List.of(), 1, 1,
                Set.of(), spec.deep(), List.of());
    }

    private Map<String, Object> first(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            throw new ApiError(ApiError.Code.INTERNAL_SERVER_ERROR, "the saved " + table.name() + " record could not be read back");
        }
        return rows.get(0);
    }
}
