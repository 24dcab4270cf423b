package uk.trustboard.api.policy;

import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the policy mutations, as the schema declares them. */
final class PolicyInputs {

	private PolicyInputs() {
	}

	record EditTrustPolicyDraft(String policyId, int expectedRevision, ArgumentValue<String> title,
			List<SectionInput> sections) {
	}

	record PublishTrustPolicy(String policyId, int expectedRevision, PublicationKind kind, String summary) {
	}

	record CreatePolicyVariant(String schoolId, String policyId) {
	}

	record EditVariantDraft(String variantId, int expectedRevision, ArgumentValue<String> title,
			ArgumentValue<String> writtenBy, ArgumentValue<String> writtenOn, ArgumentValue<String> reviewedBy,
			ArgumentValue<String> reviewedOn, ArgumentValue<String> ratifiedBy, ArgumentValue<String> ratifiedOn,
			ArgumentValue<String> nextReviewDue, ArgumentValue<Integer> reviewCycleMonths,
			ArgumentValue<String> reviewStatement, List<VariantSectionChangeInput> sectionChanges) {
	}

	record RebaseVariantDraft(String variantId, int expectedRevision) {
	}

	record DiscardVariantDraft(String variantId, int expectedRevision) {
	}

	record PublishPolicyVariant(String variantId, int expectedRevision, PublicationKind kind, String summary) {
	}

}
