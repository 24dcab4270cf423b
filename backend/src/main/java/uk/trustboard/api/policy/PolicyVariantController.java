package uk.trustboard.api.policy;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;

@Controller
class PolicyVariantController {

	private final SchoolRepository schools;

	private final TrustPolicyRepository policies;

	private final TrustPolicyVersionRepository versions;

	PolicyVariantController(SchoolRepository schools, TrustPolicyRepository policies,
			TrustPolicyVersionRepository versions) {
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

	@BatchMapping
	Map<PolicyVariant, TrustPolicyVersion> baseVersion(List<PolicyVariant> variants) {
		var found = this.versions.findAllById(Batches.keys(variants, PolicyVariant::baseVersionId), Callers.scope());
		return Batches.referenced(variants, PolicyVariant::baseVersionId, found, TrustPolicyVersion::id);
	}

}
