package uk.trustboard.api.graphql;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * Refusals that are not about the query itself: the caller has spent its cost budget, or the
 * request ran too long. Their classification doubles as their code.
 */
enum Refusal implements ErrorClassification {

	RATE_LIMITED, TIMEOUT;

	static GraphQLError rateLimited(long cost, long remaining, long retryAfterSeconds) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", RATE_LIMITED.name());
		extensions.put("cost", cost);
		extensions.put("remaining", remaining);
		extensions.put("retryAfterSeconds", retryAfterSeconds);
		return GraphqlErrorBuilder.newError()
			.errorType(RATE_LIMITED)
			.message("Rate limit: the query costs %d points and %d remain; retry after %d s".formatted(cost, remaining,
					retryAfterSeconds))
			.extensions(extensions)
			.build();
	}

	static GraphQLError timedOut(Duration timeout) {
		return GraphqlErrorBuilder.newError()
			.errorType(TIMEOUT)
			.message("The request ran longer than " + timeout.toMillis() + " ms and was cancelled")
			.extensions(Map.of("code", TIMEOUT.name(), "limit", timeout.toMillis()))
			.build();
	}

}
