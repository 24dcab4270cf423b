package uk.trustboard.api.policy;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The policy lifecycle: drafting and publishing trust policies and school variants, and their diffs. */
@Controller
class PolicyMutationController {

	private final TrustPolicyPublishing trustPolicies;

	private final VariantDrafting drafting;

	private final VariantPublishing publishing;

	private final VariantComparison comparison;

	PolicyMutationController(TrustPolicyPublishing trustPolicies, VariantDrafting drafting, VariantPublishing publishing,
			VariantComparison comparison) {
		this.trustPolicies = trustPolicies;
		this.drafting = drafting;
		this.publishing = publishing;
		this.comparison = comparison;
	}

	@MutationMapping
	TrustPolicyPayload editTrustPolicyDraft(@Argument PolicyInputs.EditTrustPolicyDraft input) {
		return this.trustPolicies.editDraft(input);
	}

	@MutationMapping
	TrustPolicyPayload publishTrustPolicy(@Argument PolicyInputs.PublishTrustPolicy input) {
		return this.trustPolicies.publish(input);
	}

	@MutationMapping
	PolicyVariantPayload createPolicyVariant(@Argument PolicyInputs.CreatePolicyVariant input) {
		return this.drafting.create(input);
	}

	@MutationMapping
	PolicyVariantPayload editVariantDraft(@Argument PolicyInputs.EditVariantDraft input) {
		return this.drafting.edit(input);
	}

	@MutationMapping
	PolicyVariantPayload rebaseVariantDraft(@Argument PolicyInputs.RebaseVariantDraft input) {
		return this.drafting.rebase(input);
	}

	@MutationMapping
	PolicyVariantPayload discardVariantDraft(@Argument PolicyInputs.DiscardVariantDraft input) {
		return this.drafting.discard(input);
	}

	@MutationMapping
	PolicyVariantPayload publishPolicyVariant(@Argument PolicyInputs.PublishPolicyVariant input) {
		return this.publishing.publish(input);
	}

	@QueryMapping
	List<SectionChange> variantDiff(@Argument String variantId, @Argument int fromVersion, @Argument int toVersion) {
		return this.comparison.betweenVersions(variantId, fromVersion, toVersion);
	}

	@QueryMapping
	List<SectionChange> variantBaseDiff(@Argument String variantId, @Argument Integer version) {
		return this.comparison.againstBase(variantId, version);
	}

}
