package uk.trustboard.api.graphql;

/**
 * Nothing with that id that the caller may see. The same answer whether it does not exist or
 * belongs to another tenant, so ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String id) {
		super("No " + kind + " with id '" + shortened(id) + "'");
	}

	/** The id is the caller's own input, which may be long: echo no more than needed to recognise it. */
	private static String shortened(String id) {
		return (id != null && id.length() > 100) ? id.substring(0, 100) + "..." : id;
	}

}
