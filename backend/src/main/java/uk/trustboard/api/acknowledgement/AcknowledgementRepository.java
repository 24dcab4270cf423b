package uk.trustboard.api.acknowledgement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

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

/** The acknowledgement ledger: appended to, never changed. */
@Repository
class AcknowledgementRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	AcknowledgementRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores it unless this person already acknowledged this line; true when this call stored it. */
	boolean insert(Acknowledgement acknowledgement) {
		try {
			this.mongo.insert(acknowledgement);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<Acknowledgement> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Acknowledgement.class));
	}

	/** One person's acknowledgements (a handful), to recount them when the person changes. */
	List<Acknowledgement> findByPerson(String trustId, String personId) {
		return this.mongo.find(Query.query(Criteria.where("trustId").is(trustId).and("personId").is(personId)),
				Acknowledgement.class);
	}

	List<Acknowledgement> findByPersonAndVariants(String personId, Collection<String> variantIds, TenantScope scope) {
		return this.mongo.find(
				scope.schoolQuery("schoolId", Criteria.where("personId").is(personId).and("variantId").in(variantIds)),
				Acknowledgement.class);
	}

	/** Who acknowledged one line of one school's policy: bounded by the school's staff, not the ledger. */
	List<String> personIdsForLine(String variantId, int line, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("variantId").is(variantId).and("line").is(line));
		query.fields().include("personId");
		return this.mongo.find(query, Document.class, collection()).stream().map(row -> row.getString("personId")).toList();
	}

	/**
	 * The ledger in id order, a page at a time after {@code afterId} (null for the start), for the
	 * repair command only. Paged by id rather than one cursor: the embedded server answers a
	 * cursor's first batch in one reply, which for a million entries exceeds what the driver accepts.
	 */
	List<Acknowledgement> pageAfter(String afterId, int limit) {
		var query = (afterId != null) ? Query.query(Criteria.where("_id").gt(afterId)) : new Query();
		return this.mongo.find(query.with(Sort.by("id")).limit(limit), Acknowledgement.class);
	}

	@Override
	public String collection() {
		return "acknowledgements";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(
				new Index().on("variantId", Sort.Direction.ASC).on("line", Sort.Direction.ASC).named("variant_line"),
				new Index().on("trustId", Sort.Direction.ASC).on("personId", Sort.Direction.ASC).named("trust_person"));
	}

}
