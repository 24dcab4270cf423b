package uk.trustboard.api.graphql;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/**
 * A request that is not a GraphQL request at all (a body that is not a JSON object with a
 * {@code query}, or another content type) gets a GraphQL-shaped error that says what to send,
 * where Boot's error page would answer an empty 415 or a bare "Bad Request". When one member of
 * the request has the wrong JSON type (e.g. {@code "variables": []}), the message names it. The
 * message is ours, never the parser's: that would quote internals.
 */
@RestControllerAdvice
class RequestFormErrors {

	static final String MALFORMED = "MALFORMED_REQUEST";

	static final String MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

	/** A GraphQL request's members, and the JSON type each must have. */
	private static final Map<String, String> MEMBERS = Map.of("query", "a string", "operationName", "a string",
			"variables", "a JSON object", "extensions", "a JSON object");

	@ExceptionHandler({ ServerWebInputException.class, HttpMessageNotReadableException.class })
	ResponseEntity<Map<String, Object>> malformed(Exception ex) {
		String member = mistypedMember(ex);
		String problem = (member != null) ? "'" + member + "' must be " + MEMBERS.get(member)
				: "The request body is not a GraphQL request";
		return error(HttpStatus.BAD_REQUEST, MALFORMED, problem + ": send a UTF-8 JSON object with a 'query' string, "
				+ "and optionally a 'variables' object, an 'operationName' string and an 'extensions' object");
	}

	/**
	 * The member whose value had the wrong JSON type, from the reader's path to it; null for any
	 * other failure (broken JSON, invalid UTF-8), which the path would not explain.
	 */
	private static @Nullable String mistypedMember(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch) {
				List<JacksonException.Reference> path = mismatch.getPath();
				String name = (path.size() == 1) ? path.getFirst().getPropertyName() : null;
				return (name != null && MEMBERS.containsKey(name)) ? name : null;
			}
		}
		return null;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, MEDIA_TYPE,
				"Send the request with Content-Type: application/json");
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", List.of(Map.of("message", message, "extensions",
					Map.of("code", code, "classification", "BAD_REQUEST")))));
	}

}
