package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One recorded review of a policy: the history is kept, never changed. */
@Document("reviews")
public record Review(@Id String id, String scheduleId, String trustId, String schoolId, LocalDate reviewedOn,
		ReviewOutcome outcome, Integer versionNumber, String notes, String recordedBy, Instant recordedAt,
		LocalDate nextDueAfter) {
}
