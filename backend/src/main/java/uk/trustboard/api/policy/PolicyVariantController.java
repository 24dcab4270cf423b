package uk.trustboard.api.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.Permission;

@Controller
class PolicyVariantController {

	private final SchoolRepository schools;

	private final TrustPolicyRepository policies;

	private final VariantVersionRepository versions;

	PolicyVariantController(SchoolRepository schools, TrustPolicyRepository policies,
			VariantVersionRepository versions) {
		this.schools = schools;
		this.policies = policies;
		this.versions = versions;
	}

	@BatchMapping
	Map<PolicyVariant, School> school(List<PolicyVariant> variants) {
		var found = this.schools.findAllById(Batches.keys(variants, PolicyVariant::schoolId), Callers.scope());
		return Batches.referenced(variants, PolicyVariant::schoolId, found, School::id);
	}

	@BatchMapping
	Map<PolicyVariant, TrustPolicy> basePolicy(List<PolicyVariant> variants) {
		var found = this.policies.findAllById(Batches.keys(variants, PolicyVariant::policyId), Callers.scope());
		return Batches.referenced(variants, PolicyVariant::policyId, found, TrustPolicy::id);
	}

	/** Published versions only: a version document above the live number is a pending publish. */
	@BatchMapping
	Map<PolicyVariant, List<VariantVersion>> versions(List<PolicyVariant> variants) {
		var found = this.versions.findByVariantIds(Batches.keys(variants, PolicyVariant::id), Callers.scope());
		return variants.stream()
			.collect(Collectors.toMap(variant -> variant, variant -> found.stream()
				.filter(version -> version.variantId().equals(variant.id()) && version.number() <= variant.liveNumber())
				.toList(), (first, second) -> first, java.util.LinkedHashMap::new));
	}

	/** The trust has published a newer version than the one the school's text is based on. */
	@BatchMapping
	Map<PolicyVariant, Boolean> staleBase(List<PolicyVariant> variants) {
		var found = this.policies.findAllById(Batches.keys(variants, PolicyVariant::policyId), Callers.scope());
		Map<String, Integer> current = found.stream().collect(Collectors.toMap(TrustPolicy::id, TrustPolicy::currentNumber));
		return variants.stream()
			.collect(Collectors.toMap(variant -> variant, variant -> baseOf(variant) < current.getOrDefault(variant.policyId(), 0),
					(first, second) -> first, java.util.LinkedHashMap::new));
	}

	/** Staff read published policies only; a draft is the head's (and the trust's) work in progress. */
	@SchemaMapping
	VariantDraft draft(PolicyVariant variant) {
		var permissions = Callers.current().permissions();
		return (permissions.contains(Permission.MANAGE_SCHOOL) || permissions.contains(Permission.MANAGE_TRUST_POLICY))
				? variant.draft() : null;
	}

	private static int baseOf(PolicyVariant variant) {
		return (variant.draft() != null) ? variant.draft().baseVersion()
				: (variant.live() != null) ? variant.live().baseVersion() : 0;
	}

}
