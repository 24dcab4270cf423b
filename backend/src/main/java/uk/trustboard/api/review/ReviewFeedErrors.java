package uk.trustboard.api.review;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import uk.trustboard.api.graphql.NotFoundException;

/**
 * How the review feeds refuse: a status and a one-line problem detail (RFC 9457), never data or a
 * stack trace. Only for {@link ReviewFeedsController}; GraphQL errors are mapped in GraphQlErrors.
 */
@RestControllerAdvice(assignableTypes = ReviewFeedsController.class)
class ReviewFeedErrors {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * Left alone, the denial would reach Spring Security's filter, which answers 403 with an empty
	 * body and "insufficient_scope" (misleading for staff, whose role is what lacks the right).
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden: your role does not allow this");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "'" + ex.getParameterName() + "' is required" + expected(ex.getParameterType()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedParameter(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		return problem(HttpStatus.BAD_REQUEST,
				"'" + ex.getName() + "' is malformed" + expected((type != null) ? type.getSimpleName() : ""));
	}

	private static String expected(String type) {
		if (LocalDate.class.getSimpleName().equals(type)) {
			return ": a date as YYYY-MM-DD, e.g. 2026-11-22";
		}
		return (boolean.class.getSimpleName().equals(type)) ? ": true or false" : "";
	}

	/** Set as the response's type, so that a client asking for text/calendar or text/csv still gets it. */
	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
