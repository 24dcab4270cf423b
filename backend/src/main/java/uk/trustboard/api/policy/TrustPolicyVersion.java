package uk.trustboard.api.policy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.common.DocumentDate;

/**
 * One published version of a trust policy; never changed once its policy points at it.
 * {@code draftRevision} is the policy revision it was published from; {@code attempt} the publish
 * attempt that wrote it (see VariantVersion and {@link PendingVersions}).
 */
@Document("policy_versions")
public record TrustPolicyVersion(@Id String id, String trustId, String policyId, int number, String label,
		String title, String policyType, String author, String approvalLevel, DocumentDate approvedOn,
		List<PolicySection> sections, PublicationKind kind, String summary, String publishedBy,
		Instant publishedAt, long draftRevision, long attempt) {

	/** A version written outside a publish (seed data, fixtures): attempt 0, before any publish attempt. */
	public TrustPolicyVersion(String id, String trustId, String policyId, int number, String label, String title,
			String policyType, String author, String approvalLevel, DocumentDate approvedOn, List<PolicySection> sections,
			PublicationKind kind, String summary, String publishedBy, Instant publishedAt, long draftRevision) {
		this(id, trustId, policyId, number, label, title, policyType, author, approvalLevel, approvedOn, sections, kind,
				summary, publishedBy, publishedAt, draftRevision, 0);
	}

	public static String idOf(String policyId, int number) {
		return policyId + "-v" + number;
	}

}
