package uk.trustboard.api.policy;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trust's base policy. {@code currentVersionId} points at the live published version: a
 * publish writes the new immutable version first and then moves this pointer in one
 * single-document write, so readers always see a complete version.
 */
@Document("policies")
public record TrustPolicy(@Id String id, String trustId, String title, int reviewCycleMonths,
		String currentVersionId, String sourceDocument) {
}
