package uk.trustboard.api.audit;

public enum AuditOutcome {
	SUCCEEDED, REJECTED, REFUSED, FAILED
}
