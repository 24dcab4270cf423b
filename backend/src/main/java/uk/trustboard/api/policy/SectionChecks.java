package uk.trustboard.api.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;

/** The limits every section written through the API keeps, so that a draft stays readable and small. */
final class SectionChecks {

	static final int MAX_SECTIONS = 200;

	static final int MAX_BODY = 100_000;

	static final int MAX_HEADING = 300;

	static final int MAX_KEY = 50;

	static final int MAX_RULES = 200;

	static final int MAX_RULE_TEXT = 5_000;

	private SectionChecks() {
	}

	/** Errors of one section input, with field paths under {@code path}. */
	static List<UserError> check(SectionInput section, List<String> path) {
		List<UserError> errors = new ArrayList<>();
		if (section == null) {
			errors.add(error(path, UserErrorCode.REQUIRED, "a section is required"));
			return errors;
		}
		text(section.key(), MAX_KEY, append(path, "key"), errors);
		text(section.heading(), MAX_HEADING, append(path, "heading"), errors);
		text(section.body(), MAX_BODY, append(path, "body"), errors);
		if (section.number() != null && section.number().length() > MAX_KEY) {
			errors.add(error(append(path, "number"), UserErrorCode.TOO_LONG, "at most " + MAX_KEY + " characters"));
		}
		List<SectionInput.RuleInput> rules = (section.rules() != null) ? section.rules() : List.of();
		if (rules.size() > MAX_RULES) {
			errors.add(error(append(path, "rules"), UserErrorCode.TOO_LONG, "at most " + MAX_RULES + " rules"));
			return errors;
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			List<String> rulePath = append(append(path, "rules"), String.valueOf(i));
			text(rules.get(i).key(), MAX_KEY, append(rulePath, "key"), errors);
			text(rules.get(i).text(), MAX_RULE_TEXT, append(rulePath, "text"), errors);
			if (rules.get(i).key() != null && !keys.add(rules.get(i).key())) {
				errors.add(error(append(rulePath, "key"), UserErrorCode.DUPLICATE_KEY, "rule key appears twice"));
			}
		}
		return errors;
	}

	static void text(String value, int max, List<String> path, List<UserError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(error(path, UserErrorCode.REQUIRED, path.get(path.size() - 1) + " must not be empty"));
		}
		else if (value.length() > max) {
			errors.add(error(path, UserErrorCode.TOO_LONG,
					path.get(path.size() - 1) + " must be at most " + max + " characters, was " + value.length()));
		}
	}

	static UserError error(List<String> path, UserErrorCode code, String message) {
		return new UserError(path, code, message);
	}

	static List<String> append(List<String> path, String part) {
		List<String> longer = new ArrayList<>(path);
		longer.add(part);
		return List.copyOf(longer);
	}

}
