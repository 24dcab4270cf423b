package uk.trustboard.api.policy;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trust's base policy. {@code currentNumber} names the live published version: a publish
 * writes the new immutable version first and then moves this number in one single-document
 * write, so readers always see a complete version. {@code revision} is the optimistic lock.
 */
@Document("policies")
public record TrustPolicy(@Id String id, String trustId, String title, int reviewCycleMonths, int currentNumber,
		String sourceDocument, TrustPolicyDraft draft, long revision) {

	public String currentVersionId() {
		return (this.currentNumber > 0) ? TrustPolicyVersion.idOf(this.id, this.currentNumber) : null;
	}

}
