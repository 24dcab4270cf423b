package uk.trustboard.api.policy;

record VariantSectionChangeInput(VariantSectionAction action, String baseKey, String key, SectionInput section) {
}
