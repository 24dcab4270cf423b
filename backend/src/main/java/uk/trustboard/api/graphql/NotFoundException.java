package uk.trustboard.api.graphql;

/**
 * Nothing with that id that the caller may see. The same answer whether it does not exist or
 * belongs to another tenant, so ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String id) {
		super("No " + kind + " with id '" + id + "'");
	}

}
