package uk.trustboard.api.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;

/**
 * The limits a request can exceed, each refused as a BAD_REQUEST whose extensions carry the code,
 * the limit and, when known, the actual value, so that a client can tell what to change.
 */
enum Limit {

	DEPTH("QUERY_TOO_DEEP", "The query nests %s levels deep; at most %s are allowed"),

	COST("QUERY_TOO_COSTLY", "The query costs %s points; at most %s are allowed "
			+ "(a list multiplies the cost of what it selects by its 'first', or by an estimate without one)"),

	ALIASES("TOO_MANY_ALIASES", "The query uses %s aliases; at most %s are allowed"),

	FIELDS("TOO_MANY_FIELDS", "The query selects %s fields, fragments expanded; at most %s are allowed"),

	DIRECTIVES("TOO_MANY_DIRECTIVES", "The document has %s directives; at most %s are allowed"),

	PAGE("PAGE_TOO_LARGE", "'first' must be between 1 and %2$s, was %1$s"),

	TOKENS("TOO_MANY_TOKENS", "The document has %s tokens; at most %s are allowed"),

	CHARACTERS("QUERY_TOO_LONG", "The document has %s characters; at most %s are allowed"),

	VARIABLES("VARIABLES_TOO_LARGE", "The variables take %s bytes as JSON; at most %s are allowed"),

	BODY("REQUEST_TOO_LARGE", "The request body has %s bytes; at most %s are allowed");

	private final String code;

	private final String message;

	Limit(String code, String message) {
		this.code = code;
		this.message = message;
	}

	GraphQLError exceeded(long actual, long limit) {
		return error(this.message.formatted(actual, limit), limit, actual);
	}

	/** For a limit the parser or the servlet stopped at without counting the rest. */
	GraphQLError exceeded(long limit) {
		return error(this.message.formatted("more than " + limit, limit), limit, null);
	}

	/** Not a limit but refused with them: a fragment cycle would expand forever. */
	static GraphQLError fragmentCycle(String fragment) {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Fragment '" + fragment + "' spreads itself, directly or through other fragments")
			.extensions(Map.of("code", "FRAGMENT_CYCLE"))
			.build();
	}

	private GraphQLError error(String message, long limit, @Nullable Long actual) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", this.code);
		extensions.put("limit", limit);
		if (actual != null) {
			extensions.put("actual", actual);
		}
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(extensions)
			.build();
	}

}
