package uk.trustboard.api.graphql;

import java.util.List;
import java.util.Map;

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
 * where Boot's error page would answer an empty 415 or a bare "Bad Request". The message is
 * ours, never the parser's: that would quote internals.
 */
@RestControllerAdvice
class RequestFormErrors {

	static final String MALFORMED = "MALFORMED_REQUEST";

	static final String MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

	@ExceptionHandler({ ServerWebInputException.class, HttpMessageNotReadableException.class })
	ResponseEntity<Map<String, Object>> malformed(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, MALFORMED, "The request body is not a GraphQL request: send a UTF-8 JSON "
				+ "object with a 'query' string, and optionally a 'variables' object and an 'operationName' string");
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
