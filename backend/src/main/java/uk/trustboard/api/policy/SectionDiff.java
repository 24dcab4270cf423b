package uk.trustboard.api.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Section-level comparisons: two versions of a variant, or a variant against its base. */
final class SectionDiff {

	private SectionDiff() {
	}

	/** Pairs sections by key, in the later text's order followed by sections only the earlier had. */
	static List<SectionChange> between(List<PolicySection> before, List<PolicySection> after) {
		Map<String, PolicySection> earlier = new LinkedHashMap<>();
		before.forEach(section -> earlier.put(section.key(), section));
		List<SectionChange> changes = new ArrayList<>();
		for (PolicySection section : after) {
			changes.add(SectionChange.of(section.key(), earlier.remove(section.key()), section));
		}
		earlier.forEach((key, section) -> changes.add(SectionChange.of(key, section, null)));
		return changes;
	}

	/** Each base section against what the school made of it, then the school's added sections. */
	static List<SectionChange> againstBase(VariantContent content, TrustPolicyVersion base) {
		Map<String, PolicySection> baseSections = VariantReading.byKey(base);
		List<SectionChange> changes = new ArrayList<>();
		for (SectionDrift drift : VariantReading.drift(content, base)) {
			PolicySection baseSection = (drift.baseKey() != null) ? baseSections.get(drift.baseKey()) : null;
			PolicySection school = content.sections()
				.stream()
				.filter(section -> section.key().equals(drift.key()))
				.findFirst()
				.map(section -> section.resolve(baseSection))
				.orElse(null);
			String key = (drift.baseKey() != null) ? drift.baseKey() : drift.key();
			changes.add(SectionChange.of(key, baseSection, school));
		}
		return changes;
	}

}
