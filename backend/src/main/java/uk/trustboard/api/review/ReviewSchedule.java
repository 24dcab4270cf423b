package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When a policy must next be reviewed, and by whom. One per school policy (variant) and per trust
 * policy, with the same id as what it schedules. {@code nextDue} null means unscheduled.
 * {@code updatedAt} is the time of the last write that changed it (made it, or recorded a review),
 * so integrations can pull only what changed.
 * {@code warnFrom} (the due date less the warning window) is stored so that "due soon" is a plain
 * indexed comparison.
 */
@Document("review_schedules")
public record ReviewSchedule(@Id String id, String trustId, String schoolId, ReviewTarget target, String policyId,
		String variantId, String title, int cycleMonths, LocalDate nextDue, DueSource dueSource, ReviewOwner owner,
		int warningDays, LocalDate lastReviewedOn, Instant updatedAt, LocalDate warnFrom) {

	public static final int DEFAULT_CYCLE_MONTHS = 12;

	public static final int DEFAULT_WARNING_DAYS = 60;

	public static ReviewSchedule of(String id, String trustId, String schoolId, ReviewTarget target, String policyId,
			String variantId, String title, int cycleMonths, LocalDate nextDue, DueSource dueSource, ReviewOwner owner,
			LocalDate lastReviewedOn, Instant updatedAt) {
		return new ReviewSchedule(id, trustId, schoolId, target, policyId, variantId, title, cycleMonths, nextDue,
				dueSource, owner, DEFAULT_WARNING_DAYS, lastReviewedOn, updatedAt,
				(nextDue != null) ? nextDue.minusDays(DEFAULT_WARNING_DAYS) : null);
	}

	/** This schedule as written at {@code now}. */
	public ReviewSchedule writtenAt(Instant now) {
		return new ReviewSchedule(this.id, this.trustId, this.schoolId, this.target, this.policyId, this.variantId,
				this.title, this.cycleMonths, this.nextDue, this.dueSource, this.owner, this.warningDays,
				this.lastReviewedOn, now, this.warnFrom);
	}

	/** This schedule with the owner given (its contact looked up, say). */
	ReviewSchedule ownedBy(ReviewOwner owner) {
		return new ReviewSchedule(this.id, this.trustId, this.schoolId, this.target, this.policyId, this.variantId,
				this.title, this.cycleMonths, this.nextDue, this.dueSource, owner, this.warningDays, this.lastReviewedOn,
				this.updatedAt, this.warnFrom);
	}

	/** The schedule's standing on a date. */
	public ReviewStanding standing(LocalDate asOf) {
		return ReviewStanding.of(this.nextDue, this.warningDays, asOf);
	}

}
