package uk.trustboard.api.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A schedule's standing on a date: OVERDUE once the due date has passed (with the days since),
 * DUE_SOON within the warning window before it, OK before that, UNSCHEDULED with no date.
 */
public record ReviewStanding(Status status, LocalDate dueOn, long daysOverdue) {

	public enum Status { OK, DUE_SOON, OVERDUE, UNSCHEDULED }

	static ReviewStanding of(LocalDate dueOn, int warningDays, LocalDate asOf) {
		if (dueOn == null) {
			return new ReviewStanding(Status.UNSCHEDULED, null, 0);
		}
		if (asOf.isAfter(dueOn)) {
			return new ReviewStanding(Status.OVERDUE, dueOn, ChronoUnit.DAYS.between(dueOn, asOf));
		}
		if (!asOf.isBefore(dueOn.minusDays(warningDays))) {
			return new ReviewStanding(Status.DUE_SOON, dueOn, 0);
		}
		return new ReviewStanding(Status.OK, dueOn, 0);
	}

}
