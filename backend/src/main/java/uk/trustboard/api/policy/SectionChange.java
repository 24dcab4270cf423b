package uk.trustboard.api.policy;

/**
 * One section compared between two texts.
 *
 * @param key the section's key (for a variant against its base, the base key where there is one)
 * @param change added, removed, changed or unchanged
 * @param before the section in the earlier text, or null when added
 * @param after the section in the later text, or null when removed
 */
public record SectionChange(String key, Kind change, PolicySection before, PolicySection after) {

	public enum Kind { ADDED, REMOVED, CHANGED, UNCHANGED }

	static SectionChange of(String key, PolicySection before, PolicySection after) {
		Kind kind = (before == null) ? Kind.ADDED : (after == null) ? Kind.REMOVED
				: sameText(before, after) ? Kind.UNCHANGED : Kind.CHANGED;
		return new SectionChange(key, kind, before, after);
	}

	/** Sections are the same when a reader would see the same words, whatever their keys. */
	static boolean sameText(PolicySection one, PolicySection other) {
		return java.util.Objects.equals(one.heading(), other.heading()) && java.util.Objects.equals(one.body(), other.body())
				&& java.util.Objects.equals(one.rules(), other.rules()) && java.util.Objects.equals(one.number(), other.number());
	}

}
