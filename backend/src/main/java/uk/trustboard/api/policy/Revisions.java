package uk.trustboard.api.policy;

import java.util.List;

import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;

/** The user error of a lost optimistic lock: someone changed it since the caller read it. */
final class Revisions {

	private Revisions() {
	}

	static UserError conflict(long current, int expected) {
		return new UserError(List.of("input", "expectedRevision"), UserErrorCode.CONCURRENT_CHANGE,
				"It was changed by someone else (revision " + current + ", you had " + expected
						+ "): the current state is returned; apply your change to it again");
	}

	static UserError summary(String summary) {
		if (summary == null || summary.isBlank()) {
			return new UserError(List.of("input", "summary"), UserErrorCode.REQUIRED, "a change summary is required");
		}
		if (summary.length() > 2_000) {
			return new UserError(List.of("input", "summary"), UserErrorCode.TOO_LONG,
					"summary must be at most 2000 characters");
		}
		return null;
	}

}
