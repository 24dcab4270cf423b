package uk.trustboard.api.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.trust.AcknowledgementRules;

/**
 * When an acknowledgement falls due: a set number of days after the line was published, or after
 * the person started if they started later. Dates are the UK calendar's.
 */
final class DueDates {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private DueDates() {
	}

	/** Null when the publication date is unknown (a seed document without one): never overdue. */
	static LocalDate dueOn(Instant linePublishedAt, Person person, AcknowledgementRules rules) {
		if (linePublishedAt == null) {
			return null;
		}
		LocalDate from = dayOf(linePublishedAt);
		if (person.startDate() != null && person.startDate().isAfter(from)) {
			from = person.startDate();
		}
		return from.plusDays(rules.dueWithinDays());
	}

	static boolean overdue(LocalDate dueOn, LocalDate asOf) {
		return dueOn != null && asOf.isAfter(dueOn);
	}

	/**
	 * Overdue on {@code asOf} means due before it: the line was published, and the person started
	 * (if they have a start date), before the day this returns.
	 */
	static LocalDate overdueIfStartedBefore(LocalDate asOf, AcknowledgementRules rules) {
		return asOf.minusDays(rules.dueWithinDays());
	}

	static LocalDate dayOf(Instant instant) {
		return instant.atZone(UK).toLocalDate();
	}

}
