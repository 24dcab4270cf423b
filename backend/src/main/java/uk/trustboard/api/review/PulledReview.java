package uk.trustboard.api.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a pass through the overdue list returned a schedule, and at which item of the pass
 * ({@code seq}, the lowest if it came more than once because a page was asked for again).
 * Removed once {@code expiresAt} has passed: by a real MongoDB's TTL index, and by
 * {@link PulledReviewRepository#forgetExpired} on the embedded server, which has no TTL monitor.
 *
 * @param id the pass's id and the schedule's, {@code <pull>:<schedule id>}
 */
@Document("overdue_pulls")
record PulledReview(@Id String id, String pull, long seq, Instant expiresAt) {
}
