package uk.trustboard.api.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Review schedules as an iCalendar (RFC 5545) feed: one all-day event on each due date, with the
 * schedule's id as its UID, so that a calendar moves the event when a review moves the date.
 * Written by hand (a few dozen lines) rather than with ical4j, which would bring four libraries
 * into the jar; the tests parse the output with ical4j.
 */
final class ReviewCalendar {

	/** RFC 5545 3.1: content lines are folded at 75 octets, continuation lines start with a space. */
	private static final int MAX_LINE_OCTETS = 75;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	ReviewCalendar(String name) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Trustboard//Review schedules//EN");
		line("CALSCALE:GREGORIAN");
		line("NAME:" + text(name));
		line("X-WR-CALNAME:" + text(name));
	}

	/**
	 * @param where the school's name, or the trust's for a trust policy
	 * @param now when the feed is written, the stamp of a schedule that records no change time
	 */
	void add(ReviewSchedule schedule, String where, Instant now) {
		Instant stamp = (schedule.updatedAt() != null) ? schedule.updatedAt() : now;
		line("BEGIN:VEVENT");
		line("UID:" + text(schedule.id() + "@trustboard"));
		// no METHOD in the feed, so DTSTAMP is when the schedule last changed (RFC 5545 3.8.7.2)
		line("DTSTAMP:" + UTC_TIME.format(stamp));
		line("DTSTART;VALUE=DATE:" + DATE.format(schedule.nextDue()));
		line("DTEND;VALUE=DATE:" + DATE.format(schedule.nextDue().plusDays(1)));
		line("SUMMARY:" + text("Review due: " + schedule.title() + ((where != null) ? " (" + where + ")" : "")));
		line("DESCRIPTION:" + text(description(schedule)));
		line("TRANSP:TRANSPARENT");
		if (schedule.warningDays() > 0) {
			line("BEGIN:VALARM");
			line("ACTION:DISPLAY");
			line("TRIGGER:-P" + schedule.warningDays() + "D");
			line("DESCRIPTION:" + text("Review due in " + schedule.warningDays() + " days: " + schedule.title()));
			line("END:VALARM");
		}
		line("END:VEVENT");
	}

	String end() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	private static String description(ReviewSchedule schedule) {
		List<String> lines = new ArrayList<>();
		lines.add("Owner: " + owner(schedule.owner()));
		lines.add("Review cycle: every " + schedule.cycleMonths() + " months");
		if (schedule.warningDays() > 0) {
			lines.add("Due soon from: " + schedule.nextDue().minusDays(schedule.warningDays()) + " ("
					+ schedule.warningDays() + " days before)");
		}
		lines.add("Last reviewed: " + ((schedule.lastReviewedOn() != null) ? schedule.lastReviewedOn() : "not recorded"));
		return String.join("\n", lines);
	}

	private static String owner(ReviewOwner owner) {
		if (owner == null || (owner.role() == null && owner.name() == null)) {
			return "not named";
		}
		String who = (owner.role() != null && owner.name() != null) ? owner.role() + ", " + owner.name()
				: (owner.role() != null) ? owner.role() : owner.name();
		return (owner.contact() != null) ? who + " (" + owner.contact() + ")" : who;
	}

	/** RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as \n, no other controls. */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			switch (c) {
				case '\\', ';', ',' -> escaped.append('\\').append(c);
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** Appends a content line, folded so that no line is longer than 75 octets of UTF-8, never inside a character. */
	private void line(String content) {
		int octets = 0;
		for (int i = 0; i < content.length(); i += Character.charCount(content.codePointAt(i))) {
			int codePoint = content.codePointAt(i);
			int size = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
			if (octets + size > MAX_LINE_OCTETS) {
				this.out.append("\r\n ");
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
		}
		this.out.append("\r\n");
	}

}
