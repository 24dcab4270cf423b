package uk.trustboard.api.graphql;

/** A cursor this service did not issue, or one that was altered. */
public class InvalidCursorException extends BadRequestException {

	InvalidCursorException(String reason) {
		super("Invalid cursor (" + reason + "): pass an endCursor exactly as a previous page returned it");
	}

}
