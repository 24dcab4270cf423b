package uk.trustboard.api.review;

public enum ReviewOutcome {

	/** Reviewed and left as it is: acknowledgements stay, the next due date moves on. */
	NO_CHANGES,

	/** Reviewed and revised: linked to the version the revision produced. */
	REVISED

}
