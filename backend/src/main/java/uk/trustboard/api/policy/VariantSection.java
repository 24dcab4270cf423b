package uk.trustboard.api.policy;

import java.util.List;

/**
 * A section of a school's variant. An INHERITED section stores only the base key: its text is
 * the base version's, so it cannot drift silently. REPLACED sections name the base section they
 * stand for; ADDED ones have no base key.
 */
public record VariantSection(String key, SectionDisposition disposition, String baseKey, String number,
		String heading, String body, List<PolicyRule> rules) {

	public static VariantSection inherited(String baseKey) {
		return new VariantSection(baseKey, SectionDisposition.INHERITED, baseKey, null, null, null, List.of());
	}

	public static VariantSection replacing(String baseKey, PolicySection section) {
		return new VariantSection(section.key(), SectionDisposition.REPLACED, baseKey, section.number(),
				section.heading(), section.body(), section.rules());
	}

	public static VariantSection added(PolicySection section) {
		return new VariantSection(section.key(), SectionDisposition.ADDED, null, section.number(), section.heading(),
				section.body(), section.rules());
	}

	/** The section as a reader sees it; an inherited one takes the base's text. */
	PolicySection resolve(PolicySection base) {
		if (this.disposition == SectionDisposition.INHERITED) {
			return base;
		}
		return new PolicySection(this.key, this.number, this.heading, this.body, this.rules);
	}

	/** This section's own text, or null when it has none (inherited). */
	PolicySection ownText() {
		return (this.disposition == SectionDisposition.INHERITED) ? null
				: new PolicySection(this.key, this.number, this.heading, this.body, this.rules);
	}

}
