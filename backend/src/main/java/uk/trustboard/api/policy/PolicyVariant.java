package uk.trustboard.api.policy;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.common.DocumentDate;

/** A school's own adaptation of a trust policy version, with the school's metadata and sections. */
@Document("variants")
public record PolicyVariant(@Id String id, String trustId, String schoolId, String policyId, int baseVersion,
		String title, String writtenBy, DocumentDate writtenOn, String reviewedBy, DocumentDate reviewedOn,
		String ratifiedBy, DocumentDate ratifiedOn, DocumentDate nextReviewDue, Integer reviewCycleMonths,
		String reviewStatement, String sourceDocument, List<PolicySection> sections) {

	public String baseVersionId() {
		return TrustPolicyVersion.idOf(this.policyId, this.baseVersion);
	}

}
