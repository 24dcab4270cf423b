package uk.trustboard.api.graphql;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Spring for GraphQL's HTTP handler, except that a request refused by the rate limit gets 429. */
class RateLimitedHttpHandler extends GraphQlHttpHandler {

	RateLimitedHttpHandler(WebGraphQlHandler handler) {
		super(handler);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
		boolean limited = response.getErrors().stream().anyMatch(error -> error.getErrorType() == Refusal.RATE_LIMITED);
		return limited ? HttpStatus.TOO_MANY_REQUESTS : super.selectResponseStatus(response, mediaType);
	}

}
