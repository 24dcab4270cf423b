package uk.trustboard.api.dashboard;

public enum VariantState {
	PUBLISHED, DRAFT_ONLY, NONE
}
