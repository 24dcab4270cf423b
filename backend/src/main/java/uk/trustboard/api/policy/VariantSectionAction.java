package uk.trustboard.api.policy;

enum VariantSectionAction {
	INHERIT, REPLACE, REMOVE, ADD, KEEP
}
