package uk.trustboard.api.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a variant's content against its base version: the sections a reader sees, and the drift. */
final class VariantReading {

	private VariantReading() {
	}

	static List<PolicySection> sections(VariantContent content, TrustPolicyVersion base) {
		Map<String, PolicySection> baseSections = byKey(base);
		List<PolicySection> sections = new ArrayList<>();
		for (VariantSection section : content.sections()) {
			PolicySection resolved = section.resolve(baseSections.get(section.baseKey()));
			if (resolved != null) {
				sections.add(resolved);
			}
		}
		return sections;
	}

	/** Base sections in the base's order, then the school's added sections in its order. */
	static List<SectionDrift> drift(VariantContent content, TrustPolicyVersion base) {
		Map<String, VariantSection> byBaseKey = content.sections()
			.stream()
			.filter(section -> section.baseKey() != null)
			.collect(Collectors.toMap(VariantSection::baseKey, Function.identity(), (first, second) -> first));
		List<SectionDrift> drift = new ArrayList<>();
		for (PolicySection baseSection : base.sections()) {
			VariantSection section = byBaseKey.get(baseSection.key());
			if (section == null) {
				drift.add(new SectionDrift(baseSection.key(), null, baseSection.heading(), SectionDisposition.REMOVED));
			}
			else {
				String heading = (section.heading() != null) ? section.heading() : baseSection.heading();
				drift.add(new SectionDrift(baseSection.key(), section.key(), heading, section.disposition()));
			}
		}
		content.sections()
			.stream()
			.filter(section -> section.disposition() == SectionDisposition.ADDED)
			.forEach(section -> drift.add(new SectionDrift(null, section.key(), section.heading(), SectionDisposition.ADDED)));
		return drift;
	}

	static Map<String, PolicySection> byKey(TrustPolicyVersion base) {
		return (base != null) ? base.sections().stream().collect(Collectors.toMap(PolicySection::key, Function.identity()))
				: Map.of();
	}

}
