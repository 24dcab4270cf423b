package uk.trustboard.api.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask of the service ({@code trustboard.limits} in application.yml).
 * Everything but the timeout is checked before any data fetcher runs.
 *
 * @param maxDepth levels of nested fields
 * @param maxCost the operation's cost, as {@link QueryMeasure} prices it
 * @param listSizeEstimate how many items {@link QueryMeasure} assumes for a list without {@code first}
 * @param maxAliases aliased fields, counted after fragments are expanded
 * @param maxFields field selections, counted after fragments are expanded
 * @param maxDirectives directives written in the document
 * @param maxTokens grammar tokens the parser reads before it gives up
 * @param maxCharacters characters the parser reads before it gives up
 * @param maxVariablesSize the variables, measured as JSON
 * @param maxBodySize the HTTP request body
 * @param timeout how long one request may run before it is cancelled
 * @param rate each caller's budget of cost points
 */
@ConfigurationProperties("trustboard.limits")
record RequestLimits(int maxDepth, long maxCost, int listSizeEstimate, int maxAliases, int maxFields,
		int maxDirectives, int maxTokens, int maxCharacters, DataSize maxVariablesSize, DataSize maxBodySize,
		Duration timeout, Rate rate) {

	RequestLimits {
		// a missing key would bind as 0 and refuse every request: fail at start-up instead
		Assert.isTrue(maxDepth > 0 && maxCost > 0 && listSizeEstimate > 0 && maxAliases > 0 && maxFields > 0
				&& maxDirectives > 0 && maxTokens > 0 && maxCharacters > 0,
				"Every trustboard.limits.max-* and list-size-estimate must be set and positive");
		Assert.isTrue(maxVariablesSize != null && maxBodySize != null && timeout != null && rate != null,
				"trustboard.limits needs max-variables-size, max-body-size, timeout and rate");
		Assert.isTrue(rate.capacity() >= maxCost,
				"trustboard.limits.rate.capacity must be at least max-cost, or the costliest query could never run");
	}

	/**
	 * A token bucket of cost points per caller.
	 *
	 * @param capacity points a caller can spend at once
	 * @param refillPerSecond points given back each second, up to the capacity
	 * @param maxCallers buckets kept in memory; the idlest go first when more callers arrive
	 * @param feedCost points one download of a review feed (calendar or CSV) costs
	 */
	record Rate(long capacity, long refillPerSecond, int maxCallers, long feedCost) {

		Rate {
			Assert.isTrue(capacity > 0 && refillPerSecond > 0 && maxCallers > 0 && feedCost > 0,
					"trustboard.limits.rate.capacity, refill-per-second, max-callers and feed-cost must be positive");
			Assert.isTrue(feedCost <= capacity, "trustboard.limits.rate.feed-cost must be at most the capacity");
		}

	}

}
