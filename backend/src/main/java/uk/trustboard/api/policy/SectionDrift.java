package uk.trustboard.api.policy;

/**
 * How one section of a variant stands against its base.
 *
 * @param baseKey the base section's key; null for a section the school added
 * @param key the variant's section key; null for a base section the school removed
 * @param heading the heading a reader sees (the base's when inherited or removed)
 * @param disposition inherited, replaced, removed or added
 */
public record SectionDrift(String baseKey, String key, String heading, SectionDisposition disposition) {
}
