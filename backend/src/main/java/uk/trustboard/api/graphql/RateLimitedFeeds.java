package uk.trustboard.api.graphql;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The review feeds (calendar and CSV) draw on the same per-caller budget as GraphQL queries, so a
 * script looping on a feed is slowed down like one looping on a query. Each download costs
 * {@code trustboard.limits.rate.feed-cost} points: a feed reads a whole trust's or school's
 * schedules in one go, like a query of that cost.
 */
class RateLimitedFeeds implements HandlerInterceptor {

	private final CostBuckets buckets;

	private final long cost;

	RateLimitedFeeds(CostBuckets buckets, long cost) {
		this.buckets = buckets;
		this.cost = cost;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws java.io.IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// calendar apps reading through a subscription link send no token: budget by their address
		String caller = (authentication == null || authentication instanceof AnonymousAuthenticationToken)
				? "address " + request.getRemoteAddr() : CostTicket.of(authentication).caller();
		CostBuckets.Take take = this.buckets.take(caller, this.cost);
		response.setHeader("X-Cost-Remaining", Long.toString(take.remaining()));
		if (take.granted()) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(take.retryAfterSeconds()));
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("Rate limit reached: a feed costs %d points and %d are left; retry after %d s%n".formatted(this.cost,
					take.remaining(), take.retryAfterSeconds()));
		return false;
	}

}
