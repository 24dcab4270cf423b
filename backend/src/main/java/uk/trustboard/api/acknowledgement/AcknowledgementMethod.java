package uk.trustboard.api.acknowledgement;

public enum AcknowledgementMethod {

	/** The person confirmed it themselves, signed in. */
	SELF,

	/** A head recorded it for them, with evidence (e.g. a signed paper form). */
	ON_BEHALF

}
