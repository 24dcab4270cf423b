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
class VariantVersionRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	VariantVersionRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Every version document of these variants, newest first, including pending ones the caller must filter. */
	List<VariantVersion> findByVariantIds(Collection<String> variantIds, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("variantId").in(variantIds))
			.with(Sort.by(Sort.Direction.DESC, "number"));
		return this.mongo.find(query, VariantVersion.class);
	}

	List<VariantVersion> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(scope.schoolQuery("schoolId", Criteria.where("_id").in(ids)), VariantVersion.class);
	}

	/**
	 * Writes the next version before it goes live, and returns the document now stored under its
	 * number. A document already there cannot be live (the live number is lower): it is left by a
	 * publish that stopped or lost a race. It is replaced only when it came from an older draft
	 * revision; one from the same revision is the same publish, retried, and is kept.
	 */
	VariantVersion writePending(VariantVersion version) {
		try {
			this.mongo.insert(version);
			return version;
		}
		catch (DuplicateKeyException ex) {
			var older = Query.query(Criteria.where("_id").is(version.id()).and("draftRevision").lt(version.draftRevision()));
			this.mongo.findAndReplace(older, version);
			return this.mongo.findById(version.id(), VariantVersion.class);
		}
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
