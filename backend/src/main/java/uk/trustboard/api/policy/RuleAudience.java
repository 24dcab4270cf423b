package uk.trustboard.api.policy;

public enum RuleAudience {
	STAFF, GOVERNORS, PUPILS, PARENTS, VOLUNTEERS, ALL
}
