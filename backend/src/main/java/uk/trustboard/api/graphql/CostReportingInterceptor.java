package uk.trustboard.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names the caller for the rate limit and reports in every response's extensions what the query
 * cost, the most one query may cost, and what remains of the caller's budget:
 * {@code "cost": {"requested": 12, "limit": 10000, "remaining": 49988}}. A refused caller is also
 * told when to come back, in a {@code Retry-After} header.
 */
class CostReportingInterceptor implements WebGraphQlInterceptor {

	private final CostBuckets buckets;

	private final long maxCost;

	CostReportingInterceptor(CostBuckets buckets, long maxCost) {
		this.buckets = buckets;
		this.maxCost = maxCost;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		CostTicket ticket = CostTicket.of(SecurityContextHolder.getContext().getAuthentication());
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(CostTicket.class, ticket)).build());
		return chain.next(request).map(response -> report(response, ticket));
	}

	private WebGraphQlResponse report(WebGraphQlResponse response, CostTicket ticket) {
		CostBuckets.Take take = ticket.take();
		long remaining = (take != null) ? take.remaining() : this.buckets.remaining(ticket.caller());
		if (take != null && !take.granted()) {
			response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(take.retryAfterSeconds()));
		}
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requested", ticket.cost());
		cost.put("limit", this.maxCost);
		cost.put("remaining", remaining);
		Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
		extensions.put("cost", cost);
		return response.transform(builder -> builder.extensions(extensions));
	}

}
