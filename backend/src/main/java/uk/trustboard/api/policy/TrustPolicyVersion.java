package uk.trustboard.api.policy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.common.DocumentDate;

/**
 * One published version of a trust policy; never changed once its policy points at it.
 * {@code draftRevision} is the policy revision it was published from (see VariantVersion).
 */
@Document("policy_versions")
public record TrustPolicyVersion(@Id String id, String trustId, String policyId, int number, String label,
		String title, String policyType, String author, String approvalLevel, DocumentDate approvedOn,
		List<PolicySection> sections, PublicationKind kind, String summary, String publishedBy,
		Instant publishedAt, long draftRevision) {

	public static String idOf(String policyId, int number) {
		return policyId + "-v" + number;
	}

}
