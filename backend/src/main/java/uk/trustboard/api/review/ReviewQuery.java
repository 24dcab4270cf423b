package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which reviews to list.
 *
 * @param asOf the date to judge against
 * @param trustId the trust (must be the caller's)
 * @param schoolIds only these schools, or all when null or empty
 * @param includeDueSoon also those within their warning window
 * @param updatedSince only schedules changed since then, or all when null
 */
public record ReviewQuery(LocalDate asOf, String trustId, List<String> schoolIds, boolean includeDueSoon,
		Instant updatedSince) {

	/** Whether a schedule, as read, meets this query (the same test the database query makes). */
	boolean matches(ReviewSchedule schedule) {
		boolean due = this.includeDueSoon ? schedule.warnFrom() != null && !schedule.warnFrom().isAfter(this.asOf)
				: schedule.nextDue() != null && schedule.nextDue().isBefore(this.asOf);
		boolean school = this.schoolIds == null || this.schoolIds.isEmpty() || this.schoolIds.contains(schedule.schoolId());
		boolean changed = this.updatedSince == null
				|| (schedule.updatedAt() != null && !schedule.updatedAt().isBefore(this.updatedSince));
		return due && school && changed;
	}

}
