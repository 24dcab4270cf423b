package uk.trustboard.api.policy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.security.TenantScope;

@Repository
public class TrustPolicyVersionRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	TrustPolicyVersionRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<TrustPolicyVersion> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.trustQuery("trustId", Criteria.where("_id").in(ids))), TrustPolicyVersion.class);
	}

	/** Every version of these policies, newest first. */
	List<TrustPolicyVersion> findByPolicyIds(Collection<String> policyIds, TenantScope scope) {
		var query = scope.trustQuery("trustId", Criteria.where("policyId").in(policyIds))
			.with(Sort.by(Sort.Direction.DESC, "number"));
		return this.mongo.find(OneReply.of(query), TrustPolicyVersion.class);
	}

	/** Step 1 of a publish: see {@link PendingVersions}. */
	boolean writePending(TrustPolicyVersion version) {
		return PendingVersions.write(this.mongo, version, version.id(), version.attempt());
	}

	@Override
	public String collection() {
		return "policy_versions";
	}

	@Override
	public List<IndexDefinition> indexes() {
		// one document per policy and number: a second publish racing for the same number fails
		return List.of(new Index().on("policyId", Sort.Direction.ASC)
			.on("number", Sort.Direction.DESC)
			.unique()
			.named("policy_number"));
	}

}
