package uk.trustboard.api.trust;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyRepository;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolDirectory;
import uk.trustboard.api.security.Callers;

@Controller
class TrustController {

	private final TrustDirectory trusts;

	private final SchoolDirectory schools;

	private final TrustPolicyRepository policies;

	TrustController(TrustDirectory trusts, SchoolDirectory schools, TrustPolicyRepository policies) {
		this.trusts = trusts;
		this.schools = schools;
		this.policies = policies;
	}

	@QueryMapping
	List<Trust> trusts() {
		return this.trusts.visibleTrusts();
	}

	@QueryMapping
	Trust trust(@Argument String id) {
		return this.trusts.trust(id);
	}

	/**
	 * Paged per trust rather than batched: a connection's arguments differ per parent, and a
	 * caller sees only its own trust, so this is one query per request in practice.
	 */
	@SchemaMapping
	Window<School> schools(Trust trust, ScrollSubrange subrange) {
		return this.schools.schools(trust.id(), Paging.of(subrange));
	}

	@BatchMapping
	Map<Trust, List<TrustPolicy>> policies(List<Trust> trusts) {
		var found = this.policies.findByTrustIds(Batches.keys(trusts, Trust::id), Callers.scope());
		return Batches.children(trusts, Trust::id, found, TrustPolicy::trustId);
	}

}
