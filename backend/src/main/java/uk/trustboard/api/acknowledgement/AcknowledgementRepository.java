package uk.trustboard.api.acknowledgement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
import uk.trustboard.api.config.OneReply;
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
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("trustId").is(trustId).and("personId").is(personId))),
				Acknowledgement.class);
	}

	List<Acknowledgement> findByPersonAndVariants(String personId, Collection<String> variantIds, TenantScope scope) {
		return this.mongo.find(OneReply.of(
				scope.schoolQuery("schoolId", Criteria.where("personId").is(personId).and("variantId").in(variantIds))),
				Acknowledgement.class);
	}

	/** Every acknowledgement of one line of one school's policy, for recounting its counter. */
	List<Acknowledgement> findByLine(String variantId, int line) {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("variantId").is(variantId).and("line").is(line))),
				Acknowledgement.class);
	}

	/** Who acknowledged one line of one school's policy: bounded by the school's staff, not the ledger. */
	List<String> personIdsForLine(String variantId, int line, TenantScope scope) {
		var query = scope.schoolQuery("schoolId", Criteria.where("variantId").is(variantId).and("line").is(line));
		query.fields().include("personId");
		return this.mongo.find(OneReply.of(query), Document.class, collection()).stream().map(row -> row.getString("personId")).toList();
	}

	/**
	 * The whole ledger as a stream, for the repair command only. The batch size matters: without
	 * one the embedded server answers the whole result in one reply, which for a million entries
	 * exceeds what the driver accepts; paging by id instead costs a full scan per page there.
	 */
	Stream<Acknowledgement> streamAll() {
		return this.mongo.stream(new Query().cursorBatchSize(1_000), Acknowledgement.class);
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
