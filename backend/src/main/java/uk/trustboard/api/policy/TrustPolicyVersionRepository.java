package uk.trustboard.api.policy;

import java.util.Collection;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.security.TenantScope;

@Repository
public class TrustPolicyVersionRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	TrustPolicyVersionRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<TrustPolicyVersion> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(scope.trustQuery("trustId", Criteria.where("_id").in(ids)), TrustPolicyVersion.class);
	}

	/** Every version of these policies, newest first. */
	List<TrustPolicyVersion> findByPolicyIds(Collection<String> policyIds, TenantScope scope) {
		var query = scope.trustQuery("trustId", Criteria.where("policyId").in(policyIds))
			.with(Sort.by(Sort.Direction.DESC, "number"));
		return this.mongo.find(query, TrustPolicyVersion.class);
	}

	/** Writes the next version before it goes current; see {@link VariantVersionRepository#writePending}. */
	TrustPolicyVersion writePending(TrustPolicyVersion version) {
		try {
			this.mongo.insert(version);
			return version;
		}
		catch (DuplicateKeyException ex) {
			var older = Query.query(Criteria.where("_id").is(version.id()).and("draftRevision").lt(version.draftRevision()));
			this.mongo.findAndReplace(older, version);
			return this.mongo.findById(version.id(), TrustPolicyVersion.class);
		}
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
