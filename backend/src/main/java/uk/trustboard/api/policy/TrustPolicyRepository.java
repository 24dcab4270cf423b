package uk.trustboard.api.policy;

import java.util.Collection;
import java.util.List;

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
public class TrustPolicyRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	TrustPolicyRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<TrustPolicy> findByTrustIds(Collection<String> trustIds, TenantScope scope) {
		var query = scope.trustQuery("trustId", Criteria.where("trustId").in(trustIds)).with(Sort.by("title", "id"));
		return this.mongo.find(query, TrustPolicy.class);
	}

	List<TrustPolicy> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(scope.trustQuery("trustId", Criteria.where("_id").in(ids)), TrustPolicy.class);
	}

	@Override
	public String collection() {
		return "policies";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("trustId", Sort.Direction.ASC).named("trust"));
	}

}
