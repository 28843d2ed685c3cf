package dev.enfyra.runtime.graphql;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedOperation;

/**
 * The depth and complexity limits, measured on the operation as it will run: fragments expanded,
 * {@code @skip}/{@code @include} applied with this request's variables, every alias counted.
 * Depth is the longest field path ({@code posts → data → author → email} is 4); complexity is
 * the number of fields. graphql-java builds this normalized operation once per request and the
 * fetchers read their selection sets from it, so measuring costs nothing more.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final GraphQlEngine.Limits limits;

    QueryLimits(GraphQlEngine.Limits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutableNormalizedOperation operation = parameters.getExecutionContext().getNormalizedQueryTree().get();
        if (operation.getOperationDepth() > limits.maxDepth()) {
            throw new AbortExecutionException("maximum query depth exceeded " + operation.getOperationDepth() + " > " + limits.maxDepth());
        }
        if (operation.getOperationFieldCount() > limits.maxComplexity()) {
            throw new AbortExecutionException("maximum query complexity exceeded " + operation.getOperationFieldCount()
                    + " > " + limits.maxComplexity());
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
