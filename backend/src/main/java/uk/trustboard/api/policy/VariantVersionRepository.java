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
public class VariantVersionRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	VariantVersionRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Every version document of these variants, newest first, including pending ones the caller must filter. */
	List<VariantVersion> findByVariantIds(Collection<String> variantIds, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("variantId").in(variantIds))
			.with(Sort.by(Sort.Direction.DESC, "number"));
		return this.mongo.find(OneReply.of(query), VariantVersion.class);
	}

	public List<VariantVersion> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(scope.schoolQuery("schoolId", Criteria.where("_id").in(ids))), VariantVersion.class);
	}

	/** Step 1 of a publish: see {@link PendingVersions}. */
	boolean writePending(VariantVersion version) {
		return PendingVersions.write(this.mongo, version, version.id(), version.attempt());
	}

	@Override
	public String collection() {
		return "variant_versions";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("variantId", Sort.Direction.ASC)
			.on("number", Sort.Direction.DESC)
			.unique()
			.named("variant_number"));
	}

}
