package uk.trustboard.api.graphql;

public enum UserErrorCode {
	INVALID_FORMAT, TOO_LONG, REQUIRED
}
