package uk.trustboard.api.school;

public enum SchoolPhase {
	NURSERY, PRIMARY, SECONDARY, ALL_THROUGH, SIXTEEN_PLUS, SPECIAL, ALTERNATIVE_PROVISION
}
