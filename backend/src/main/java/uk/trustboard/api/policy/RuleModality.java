package uk.trustboard.api.policy;

public enum RuleModality {
	MUST, MUST_NOT, SHOULD, SHOULD_NOT, MAY
}
