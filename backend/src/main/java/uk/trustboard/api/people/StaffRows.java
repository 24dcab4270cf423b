package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.trustboard.api.graphql.UserErrorCode;

/**
 * The rows of one import call, checked one by one: those that can be stored, and what is wrong with
 * the others. A row's errors never affect another row, except that an external id given in more
 * than one row rejects every one of them: which of them is right is the file's to say.
 *
 * @param rejected how many rows have at least one error
 */
record StaffRows(List<StaffRow> accepted, List<StaffRowError> errors, int rejected) {

	static final int MAX_EXTERNAL_ID = 100;

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 254;

	private static final int ROWS_NAMED = 5;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	static StaffRows check(List<StaffRowInput> rows, LocalDate today) {
		Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String externalId = usableExternalId(rows.get(i));
			if (externalId != null) {
				rowsOf.computeIfAbsent(externalId, ignored -> new ArrayList<>()).add(i + 1);
			}
		}
		List<StaffRow> accepted = new ArrayList<>();
		List<StaffRowError> errors = new ArrayList<>();
		int rejected = 0;
		for (int i = 0; i < rows.size(); i++) {
			List<StaffRowError> found = new ArrayList<>();
			StaffRow row = check(i + 1, rows.get(i), rowsOf, today, found);
			if (found.isEmpty()) {
				accepted.add(row);
			}
			else {
				errors.addAll(found);
				rejected++;
			}
		}
		return new StaffRows(List.copyOf(accepted), List.copyOf(errors), rejected);
	}

	/** The distinct external ids of the accepted rows. */
	List<String> externalIds() {
		return this.accepted.stream().map(StaffRow::externalId).toList();
	}

	private static StaffRow check(int number, StaffRowInput input, Map<String, List<Integer>> rowsOf, LocalDate today,
			List<StaffRowError> errors) {
		String externalId = usableExternalId(input);
		String given = stripped(input.externalId());
		if (given == null) {
			errors.add(new StaffRowError(number, null, "externalId", UserErrorCode.REQUIRED, "externalId is required"));
		}
		else if (externalId == null) {
			errors.add(tooLong(number, null, "externalId", given, MAX_EXTERNAL_ID));
		}
		else if (rowsOf.get(externalId).size() > 1) {
			errors.add(new StaffRowError(number, externalId, "externalId", UserErrorCode.DUPLICATE_KEY,
					"externalId " + externalId + " is in rows " + named(rowsOf.get(externalId))
							+ " of this import: none of them is imported"));
		}
		String name = stripped(input.name());
		if (name == null) {
			errors.add(new StaffRowError(number, externalId, "name", UserErrorCode.REQUIRED, "name is required"));
		}
		else if (name.length() > MAX_NAME) {
			errors.add(tooLong(number, externalId, "name", name, MAX_NAME));
		}
		String email = stripped(input.email());
		if (email != null && email.length() > MAX_EMAIL) {
			errors.add(tooLong(number, externalId, "email", email, MAX_EMAIL));
		}
		else if (email != null && !EMAIL.matcher(email).matches()) {
			errors.add(new StaffRowError(number, externalId, "email", UserErrorCode.INVALID_FORMAT,
					"email must be an e-mail address such as name@school.sch.uk"));
		}
		if (input.startDate() != null && input.startDate().isAfter(today)) {
			errors.add(new StaffRowError(number, externalId, "startDate", UserErrorCode.INVALID_DATE,
					"startDate must be today (" + today + ") or earlier, was " + input.startDate()));
		}
		StaffStatus status = (input.status() != null) ? input.status() : StaffStatus.ACTIVE;
		return new StaffRow(number, externalId, name, email, input.staffType(), status, input.startDate());
	}

	private static String usableExternalId(StaffRowInput input) {
		String externalId = stripped(input.externalId());
		return (externalId != null && externalId.length() <= MAX_EXTERNAL_ID) ? externalId : null;
	}

	private static StaffRowError tooLong(int number, String externalId, String field, String value, int maxLength) {
		return new StaffRowError(number, externalId, field, UserErrorCode.TOO_LONG,
				field + " must be at most " + maxLength + " characters, was " + value.length());
	}

	private static String named(List<Integer> rows) {
		String named = rows.stream().limit(ROWS_NAMED).map(String::valueOf).collect(Collectors.joining(", "));
		return (rows.size() > ROWS_NAMED) ? named + " and " + (rows.size() - ROWS_NAMED) + " more" : named;
	}

	private static String stripped(String value) {
		String text = (value != null) ? value.strip() : null;
		return (text == null || text.isEmpty()) ? null : text;
	}

}
