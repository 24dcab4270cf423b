package uk.trustboard.api.policy;

/** MAJOR: staff must acknowledge again. MINOR: wording fixes; acknowledgements carry over. */
public enum PublicationKind {
	MAJOR, MINOR
}
