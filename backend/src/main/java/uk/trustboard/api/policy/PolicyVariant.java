package uk.trustboard.api.policy;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A school's adaptation of a trust policy. {@code live} is a copy of the published version staff
 * read, so reading a school's policy is one document; {@code draft} is the head's working copy.
 * {@code revision} rises with every write: edits and publishes name the revision they saw, and
 * lose to any write in between (optimistic locking on one document).
 */
@Document("variants")
public record PolicyVariant(@Id String id, String trustId, String schoolId, String policyId, VariantVersion live,
		VariantDraft draft, long revision) {

	public int liveNumber() {
		return (this.live != null) ? this.live.number() : 0;
	}

}
