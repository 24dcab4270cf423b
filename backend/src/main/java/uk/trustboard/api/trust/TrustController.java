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
import uk.trustboard.api.school.SchoolRepository;

@Controller
class TrustController {

	private final TrustRepository trusts;

	private final SchoolRepository schools;

	private final TrustPolicyRepository policies;

	TrustController(TrustRepository trusts, SchoolRepository schools, TrustPolicyRepository policies) {
		this.trusts = trusts;
		this.schools = schools;
		this.policies = policies;
	}

	@QueryMapping
	List<Trust> trusts() {
		return this.trusts.findAll();
	}

	@QueryMapping
	Trust trust(@Argument String id) {
		return this.trusts.findById(id).orElse(null);
	}

	/**
	 * Paged per trust rather than batched: a connection's arguments differ per parent, and a
	 * caller sees only its own trust, so this is one query per request in practice.
	 */
	@SchemaMapping
	Window<School> schools(Trust trust, ScrollSubrange subrange) {
		return this.schools.page(trust.id(), Paging.of(subrange));
	}

	@BatchMapping
	Map<Trust, List<TrustPolicy>> policies(List<Trust> trusts) {
		var found = this.policies.findByTrustIds(Batches.keys(trusts, Trust::id));
		return Batches.children(trusts, Trust::id, found, TrustPolicy::trustId);
	}

}
