package uk.trustboard.api.policy;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.Permission;

@Controller
class TrustPolicyController {

	private final TrustPolicyVersionRepository versions;

	TrustPolicyController(TrustPolicyVersionRepository versions) {
		this.versions = versions;
	}

	@BatchMapping
	Map<TrustPolicy, TrustPolicyVersion> currentVersion(List<TrustPolicy> policies) {
		var published = policies.stream().filter(policy -> policy.currentVersionId() != null).toList();
		var found = this.versions.findAllById(Batches.keys(published, TrustPolicy::currentVersionId), Callers.scope());
		return Batches.referenced(published, TrustPolicy::currentVersionId, found, TrustPolicyVersion::id);
	}

	/** Only those who may publish the trust's policies see the next version in the making. */
	@SchemaMapping
	TrustPolicyDraft draft(TrustPolicy policy) {
		return Callers.current().permissions().contains(Permission.MANAGE_TRUST_POLICY) ? policy.draft() : null;
	}

	/** Published versions only: a version document above the current number is a pending publish. */
	@BatchMapping
	Map<TrustPolicy, List<TrustPolicyVersion>> versions(List<TrustPolicy> policies) {
		var found = this.versions.findByPolicyIds(Batches.keys(policies, TrustPolicy::id), Callers.scope());
		Map<TrustPolicy, List<TrustPolicyVersion>> result = new java.util.LinkedHashMap<>();
		Batches.children(policies, TrustPolicy::id, found, TrustPolicyVersion::policyId)
			.forEach((policy, all) -> result.put(policy,
					all.stream().filter(version -> version.number() <= policy.currentNumber()).toList()));
		return result;
	}

}
