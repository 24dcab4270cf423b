package uk.trustboard.api.policy;

import java.util.List;

record SectionInput(String key, String number, String heading, String body, List<RuleInput> rules) {

	record RuleInput(String key, String text, RuleAudience audience, RuleModality modality) {
	}

	PolicySection toSection() {
		List<PolicyRule> converted = (this.rules != null) ? this.rules.stream()
			.map(rule -> new PolicyRule(rule.key(), rule.text(), rule.audience(), rule.modality()))
			.toList() : List.of();
		return new PolicySection(this.key.strip(), blankToNull(this.number), this.heading.strip(), this.body, converted);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
