package uk.trustboard.api.review;

import java.time.LocalDate;

record RecordReviewInput(String scheduleId, LocalDate reviewedOn, ReviewOutcome outcome, Integer versionNumber,
		String notes) {
}
