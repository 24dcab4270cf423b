package uk.trustboard.api.policy;

/**
 * A base section that both the trust (between the old and new base) and the school changed.
 * Any of the three texts is null where that side has no such section.
 */
public record RebaseConflict(String baseKey, PolicySection oldBase, PolicySection newBase, PolicySection school) {
}
