package dev.enfyra.runtime.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.query.QueryException;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.app.EnfyraRuntime;
import dev.enfyra.runtime.http.JsonBodies;
import dev.enfyra.runtime.query.TextCache;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.UnknownOperationException;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * GraphQL over the same engines as REST: the generated SDL, wired with one set of fetchers per
 * table, depth and complexity limits, and errors that carry {@code extensions.code} with the
 * REST codes.
 */
public final class GraphQlEngine {

    private static final Logger LOG = Logger.getLogger(GraphQlEngine.class.getName());

    /** How deep and how large one query may be. */
    public record Limits(int maxDepth, int maxComplexity) {
        public static final Limits DEFAULT = new Limits(12, 5000);
    }

    private final GraphQL graphql;
    private final EnfyraRuntime runtime;
    /** The plan of each document that ran without error: a {@link DirectPlan}, or empty when graphql-java must run it. */
    private final TextCache<Optional<DirectPlan>> plans = new TextCache<>(DocumentCache.MAX_ENTRIES);
    private final LongAdder direct = new LongAdder();
    private final boolean directOn;
    /** Tables whose fetchers override their reads: graphql-java runs their queries, so those fetchers run. */
    private final Set<String> ownReads = new HashSet<>();
    private final DocumentCache documents = new DocumentCache();

    public GraphQlEngine(EnfyraRuntime runtime, String sdl, Limits limits) {
        this(runtime, sdl, List.of(), limits, true);
    }

    /**
     * @param fetchers the application's fetchers per table ({@code EnfyraApplication.graphQlFetchers});
     *                 a table without any gets the runtime's {@link TableFetchers}
     * @param direct   whether simple queries seen before are answered straight from the query
     *                 engine ({@link #direct}); never for a table whose fetchers override its reads
     */
    public GraphQlEngine(EnfyraRuntime runtime, String sdl, List<TableFetchers> fetchers, Limits limits, boolean direct) {
        this.runtime = runtime;
        this.directOn = direct;
        Map<String, TableFetchers> given = new LinkedHashMap<>();
        for (TableFetchers f : fetchers) {
            if (given.put(f.table(), f) != null) {
                throw new IllegalArgumentException("two GraphQL fetchers for table " + f.table());
            }
        }
        TypeDefinitionRegistry types = new SchemaParser().parse(sdl);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        Scalars.all().forEach(wiring::scalar);
        for (Table table : runtime.schema().tables()) {
            String t = table.name();
            TableFetchers f = given.containsKey(t) ? given.remove(t) : new TableFetchers(runtime, t);
            if (f.overridesReads()) {
                ownReads.add(t);
            }
            wiring.type("Query", b -> b.dataFetcher(t, f.list()).dataFetcher(t + "_by_id", f.byId()));
            wiring.type("Mutation", b -> b.dataFetcher("create_" + t, f.create())
                    .dataFetcher("update_" + t, f.update())
                    .dataFetcher("delete_" + t, f.delete()));
            for (Column column : table.columns()) {
                if (column.published() && column.type() == DataType.ARRAY_SELECT) {
                    String name = column.name();
                    wiring.type(t, b -> b.dataFetcher(name, env -> strings(env.<Map<String, Object>>getSource().get(name))));
                }
            }
        }
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        this.graphql = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ErrorHandler())
                .preparsedDocumentProvider(documents)
                .instrumentation(new QueryLimits(limits))
                .build();
    }

    /**
     * An array-select value as the list of strings its {@code [String!]} field is: the engine
     * reads it as a JSON array, whose text items GraphQL's String would otherwise write with
     * their JSON quotes ({@code "\"draft\""}).
     */
    static Object strings(Object value) {
        if (value instanceof JsonNode node && node.isArray()) {
            List<String> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(item.isTextual() ? item.textValue() : item.toString()));
            return items;
        }
        return value;
    }

    /** The executable schema: the generated SDL wired to the fetchers (for serving it another way). */
    public GraphQLSchema schema() {
        return graphql.getGraphQLSchema();
    }

    /** Runs one operation; the answer in the GraphQL response shape ({@code data}, {@code errors}). */
    public Map<String, Object> execute(String query, Map<String, Object> variables, String operationName) {
        ExecutionInput input = ExecutionInput.newExecutionInput().query(query)
                .variables(variables == null ? Map.of() : variables).operationName(operationName).build();
        ExecutionResult result;
        try {
            result = graphql.execute(input);
        } catch (UnknownOperationException e) {
            // An operationName the document does not hold is the request's error, not the server's.
            result = ExecutionResult.newExecutionResult().addError(e).build();
        }
        if (directOn && result.getErrors().isEmpty() && plans.find(query) == null) {
            // The document graphql-java just parsed and validated (gone only if the cache started over meanwhile).
            Document document = documents.document(query);
            if (document != null) {
                DirectPlan plan = DirectPlan.of(document, graphql.getGraphQLSchema(), runtime.schema());
                plans.put(query, Optional.ofNullable(plan == null || ownReads.contains(plan.table.name()) ? null : plan));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            result.getErrors().forEach(e -> errors.add(withCode(e)));
            out.put("errors", errors);
        }
        if (result.isDataPresent()) {
            out.put("data", result.getData());
        }
        return out;
    }

    /**
     * The answer of a simple query already run once ({@link DirectPlan}), read straight from the
     * engine and written as graphql-java would write it; null when graphql-java must run it
     * ({@link #execute}). The writer may still throw {@link DirectAnswer.Fallback} (a null where
     * the schema promises a value): then nothing was sent, and {@link #execute} answers.
     */
    public JsonBodies.Writer direct(String query, Map<String, Object> variables, String operationName) {
        Optional<DirectPlan> plan = plans.find(query);
        if (plan == null || plan.isEmpty()) {
            return null;
        }
        try {
            JsonBodies.Writer writer = DirectAnswer.answer(plan.get(), runtime, variables, operationName);
            return json -> {
                writer.write(json);
                direct.increment();
            };
        } catch (DirectAnswer.Fallback e) {
            return null;
        }
    }

    /** How many answers {@link #direct} gave (for tests and monitoring). */
    public long directAnswers() {
        return direct.sum();
    }

    /**
     * Every error gets a code: a REST one from our fetchers, BAD_REQUEST for a query GraphQL
     * itself refuses, INTERNAL_SERVER_ERROR for what is the server's fault (a fetcher's failure,
     * a null answered where the schema promises a value).
     */
    private static Map<String, Object> withCode(GraphQLError error) {
        Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (spec.get("extensions") instanceof Map<?, ?> existing) {
            existing.forEach((k, v) -> extensions.put(String.valueOf(k), v));
        }
        boolean servers = error.getErrorType() == ErrorType.DataFetchingException
                || error.getErrorType() == ErrorType.NullValueInNonNullableField;
        if (servers && !extensions.containsKey("code")) {
            LOG.severe(() -> "GraphQL answer broke the schema at " + error.getPath() + ": " + error.getMessage());
        }
        extensions.putIfAbsent("code", servers ? ApiError.Code.INTERNAL_SERVER_ERROR.name() : ApiError.Code.BAD_REQUEST.name());
        extensions.remove("classification");
        spec.put("extensions", extensions);
        return spec;
    }

    /** Errors thrown by fetchers: ours keep their code and details; anything else is logged and hidden. */
    private static final class ErrorHandler implements DataFetcherExceptionHandler {
        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                graphql.execution.DataFetcherExceptionHandlerParameters params) {
            Throwable e = params.getException();
            ApiError api = unwrap(e);
            if (api == null) {
                String id = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "GraphQL field " + params.getPath() + " failed (error id " + id + ")", e);
                api = new ApiError(ApiError.Code.INTERNAL_SERVER_ERROR, "an unexpected error happened (error id " + id + ")");
            }
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", api.code().name());
            if (!api.details().isEmpty()) {
                extensions.put("details", api.details().stream().map(d -> Map.of("field", d.field(), "message", d.message())).toList());
            }
            GraphQLError error = GraphqlErrorBuilder.newError(params.getDataFetchingEnvironment())
                    .message(api.getMessage()).extensions(extensions).errorType(classification(api)).build();
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
        }

        private static ErrorClassification classification(ApiError api) {
            return api.status() < 500 ? ErrorType.ValidationError : ErrorType.DataFetchingException;
        }

        private static ApiError unwrap(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ApiError api) {
                    return api;
                }
                if (t instanceof QueryException q) {
                    return new ApiError(ApiError.Code.BAD_REQUEST, q.getMessage());
                }
            }
            return null;
        }
    }
}
