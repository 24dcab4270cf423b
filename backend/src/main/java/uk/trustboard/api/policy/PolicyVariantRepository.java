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
public class PolicyVariantRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	PolicyVariantRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<PolicyVariant> findBySchoolIds(Collection<String> schoolIds, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("schoolId").in(schoolIds)).with(Sort.by("title", "id"));
		return this.mongo.find(query, PolicyVariant.class);
	}

	@Override
	public String collection() {
		return "variants";
	}

	@Override
	public List<IndexDefinition> indexes() {
		// a school adapts each trust policy once
		return List.of(new Index().on("schoolId", Sort.Direction.ASC)
			.on("policyId", Sort.Direction.ASC)
			.unique()
			.named("school_policy"));
	}

}
