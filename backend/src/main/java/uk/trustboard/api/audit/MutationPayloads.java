package uk.trustboard.api.audit;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;

import org.springframework.stereotype.Component;

import uk.trustboard.api.graphql.MutationPayload;

/**
 * Keeps what each mutation field returned, keyed by its response key, so the audit sees the
 * payload's user errors whatever the client chose to select.
 */
@Component
class MutationPayloads extends SimplePerformantInstrumentation {

	private static final String KEY = MutationPayloads.class.getName();

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		var environment = parameters.getEnvironment();
		if (!(environment.getParentType() instanceof GraphQLObjectType parent)
				|| !parent.getName().equals(environment.getGraphQLSchema().getMutationType().getName())) {
			return dataFetcher;
		}
		String key = environment.getField().getResultKey();
		GraphQLContext context = environment.getGraphQlContext();
		return fetching -> {
			Object result = dataFetcher.get(fetching);
			if (result instanceof CompletionStage<?> stage) {
				return stage.thenApply(value -> remember(context, key, value));
			}
			return remember(context, key, result);
		};
	}

	private static Object remember(GraphQLContext context, String key, Object value) {
		if (value instanceof MutationPayload payload) {
			context.<Map<String, MutationPayload>>computeIfAbsent(KEY, ignored -> new ConcurrentHashMap<>())
				.put(key, payload);
		}
		return value;
	}

	/** The payload a mutation field returned in this request, or null when it returned none (it failed). */
	static MutationPayload of(GraphQLContext context, String key) {
		Map<String, MutationPayload> payloads = context.get(KEY);
		return (payloads != null) ? payloads.get(key) : null;
	}

}
