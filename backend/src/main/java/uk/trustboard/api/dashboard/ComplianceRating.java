package uk.trustboard.api.dashboard;

/** Declared worst first, so sorting by rating puts red first. */
public enum ComplianceRating {
	RED, AMBER, GREEN
}
