package uk.trustboard.api.graphql;

/** The caller asked for something malformed; answered as BAD_REQUEST with this message. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
