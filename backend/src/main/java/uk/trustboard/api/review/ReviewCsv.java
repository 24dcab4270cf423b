package uk.trustboard.api.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Overdue reviews as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, with its quotes doubled. Written by hand (RFC 4180 needs no
 * more) rather than with Commons CSV, which would bring Commons IO and Codec into the jar; the
 * tests parse the output with Commons CSV.
 */
final class ReviewCsv {

	static final List<String> HEADER = List.of("school_id", "school_name", "policy_title", "target", "due_date",
			"days_overdue", "status", "owner_role", "owner_name", "owner_contact", "last_reviewed_on");

	private final StringBuilder out = new StringBuilder();

	private final LocalDate asOf;

	ReviewCsv(LocalDate asOf) {
		this.asOf = asOf;
		row(HEADER);
	}

	void add(ReviewSchedule schedule, String schoolName) {
		ReviewStanding standing = schedule.standing(this.asOf);
		ReviewOwner owner = (schedule.owner() != null) ? schedule.owner() : new ReviewOwner(null, null, null);
		row(Arrays.asList(schedule.schoolId(), schoolName, schedule.title(), string(schedule.target()),
				string(schedule.nextDue()), String.valueOf(standing.daysOverdue()), string(standing.status()),
				owner.role(), owner.name(), owner.contact(), string(schedule.lastReviewedOn())));
	}

	String text() {
		return this.out.toString();
	}

	private void row(List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(field(values.get(i)));
		}
		this.out.append("\r\n");
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		String safe = neutralised(value);
		boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	/**
	 * Titles and owners are typed by people in the schools, and the file is opened in spreadsheets:
	 * a value that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on
	 * CSV injection). No generated value (ids, dates, counts, statuses) starts like that.
	 */
	private static String neutralised(String value) {
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
