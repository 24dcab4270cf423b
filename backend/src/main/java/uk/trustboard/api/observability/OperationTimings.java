package uk.trustboard.api.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Times GraphQL requests per operation: the {@code graphql.request} timer gets a
 * {@code graphql.operation} tag with the operation's name ({@code query SchoolCompliance {...}}
 * gives {@code SchoolCompliance}). Callers choose the names, so a tag value is kept only if it
 * looks like an operation name, and only the first {@value #MAX_NAMES} distinct names get their
 * own series; after that, and for unnamed operations, the tag says {@code other} or
 * {@code anonymous}. Without that bound a caller could make the metrics grow without limit.
 */
@Component
class OperationTimings extends DefaultExecutionRequestObservationConvention {

	static final int MAX_NAMES = 200;

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context)
			.and(KeyValue.of("graphql.operation", operation(name(context))));
	}

	/** The name in the document itself: clients need not repeat it as {@code operationName}. */
	private static String name(ExecutionRequestObservationContext context) {
		var execution = context.getExecutionContext();
		if (execution != null && execution.getOperationDefinition() != null) {
			return execution.getOperationDefinition().getName();
		}
		return context.getExecutionInput().getOperationName();
	}

	String operation(String name) {
		if (name == null || name.isEmpty()) {
			return "anonymous";
		}
		if (!NAME.matcher(name).matches()) {
			return "other";
		}
		if (this.seen.contains(name) || (this.seen.size() < MAX_NAMES && this.seen.add(name))) {
			return name;
		}
		return "other";
	}

}
