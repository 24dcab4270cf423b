package uk.trustboard.api.graphql;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * One request's caller and what its query was found to cost, carried in the GraphQL context from
 * the interceptor that knows the caller to the instrumentation that measures the query, and back.
 */
final class CostTicket {

	private final String caller;

	private volatile @Nullable QueryShape shape;

	private volatile CostBuckets.@Nullable Take take;

	CostTicket(String caller) {
		this.caller = caller;
	}

	/**
	 * The caller is the token's subject, per client application when the token names one
	 * ({@code client_id}, else {@code azp}): a person using two applications gets a budget in each,
	 * and the users of one application do not share one.
	 */
	static CostTicket of(@Nullable Authentication authentication) {
		if (authentication == null) {
			return new CostTicket("anonymous");
		}
		String subject = authentication.getName();
		Jwt jwt = (authentication.getPrincipal() instanceof Jwt principal) ? principal
				: (authentication.getCredentials() instanceof Jwt credentials) ? credentials : null;
		String client = (jwt != null) ? client(jwt) : null;
		return new CostTicket((client == null || client.equals(subject)) ? subject : subject + " via " + client);
	}

	private static @Nullable String client(Jwt jwt) {
		Object client = jwt.getClaims().get("client_id");
		if (!(client instanceof String)) {
			client = jwt.getClaims().get("azp");
		}
		return (client instanceof String name && !name.isBlank()) ? name : null;
	}

	String caller() {
		return this.caller;
	}

	/** Every request spends at least one point, so even free queries are bounded in number. */
	long cost() {
		QueryShape measured = this.shape;
		return (measured != null) ? Math.max(1, measured.cost()) : 0;
	}

	void measured(QueryShape shape) {
		this.shape = shape;
	}

	CostBuckets.@Nullable Take take() {
		return this.take;
	}

	void took(CostBuckets.Take take) {
		this.take = take;
	}

}
