package uk.trustboard.api.acknowledgement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.security.TenantScope;

/**
 * The acknowledgement ledger: what an entry records (who, which line, when, how) never changes;
 * only its counting mark ({@link CountingMark}) moves as its person or the trust's rules change.
 */
@Repository
class AcknowledgementRepository implements MongoIndexes {

	private static final int MARK_BATCH = 1_000;

	private final MongoTemplate mongo;

	AcknowledgementRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores it, not yet counted, unless this person already acknowledged this line; true when
	 * this call stored it. The mark is written as null, not left out: an entry without one was
	 * stored before marks existed (see {@link #anyUnmarked}).
	 */
	boolean insert(Acknowledgement acknowledgement) {
		var document = new Document();
		this.mongo.getConverter().write(acknowledgement, document);
		document.put(CountingMark.FIELD, null);
		try {
			this.mongo.insert(document, collection());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<Acknowledgement> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Acknowledgement.class));
	}

	/** One person's acknowledgements (a handful), to settle them when the person changes. */
	List<CountingMark> marksOfPerson(String trustId, String personId) {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("trustId").is(trustId).and("personId").is(personId))),
				CountingMark.class);
	}

	Optional<CountingMark> markById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, CountingMark.class));
	}

	/** Every acknowledgement of one line of one school's policy, for recounting its counter. */
	List<CountingMark> marksOfLine(String variantId, int line) {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("variantId").is(variantId).and("line").is(line))),
				CountingMark.class);
	}

	/**
	 * Moves a mark from what was read to a new value, if no one moved it meanwhile: true when this
	 * call moved it (and must move the counter alike). A null {@code was} also matches an entry
	 * stored before marks existed.
	 */
	boolean remark(String id, String was, String now) {
		var query = Query.query(Criteria.where("_id").is(id).and(CountingMark.FIELD).is(was));
		return this.mongo.updateFirst(query, new Update().set(CountingMark.FIELD, now), CountingMark.class)
			.getMatchedCount() == 1;
	}

	/** Whether any entry was stored before counting marks existed (once, after an upgrade). */
	boolean anyUnmarked() {
		return this.mongo.exists(Query.query(Criteria.where(CountingMark.FIELD).exists(false)), CountingMark.class);
	}

	List<Acknowledgement> findByPersonAndVariants(String personId, Collection<String> variantIds, TenantScope scope) {
		// by the trust_person index's keys alone (the embedded server scans the whole ledger for a
		// query on any other set of keys); one person's entries are few, so the rest is done here
		var query = Query.query(Criteria.where("trustId").is(scope.trustId()).and("personId").is(personId));
		return this.mongo.find(OneReply.of(query), Acknowledgement.class)
			.stream()
			.filter(entry -> variantIds.contains(entry.variantId()) && scope.includesSchool(entry.trustId(), entry.schoolId()))
			.toList();
	}

	/**
	 * Who acknowledged one line of one school's policy: at most one entry per person who ever
	 * acknowledged that line at that school, so bounded by the school's staff, not the ledger.
	 */
	List<String> personIdsForLine(String variantId, int line, TenantScope scope) {
		// by the variant_line index's keys alone, the only query the embedded server answers from
		// an index; the tenant is checked here
		var query = Query.query(Criteria.where("variantId").is(variantId).and("line").is(line));
		query.fields().include("personId", "trustId", "schoolId");
		return this.mongo.find(OneReply.of(query), Document.class, collection())
			.stream()
			.filter(row -> scope.includesSchool(row.getString("trustId"), row.getString("schoolId")))
			.map(row -> row.getString("personId"))
			.toList();
	}

	/**
	 * The marks of a trust's whole ledger (null: every trust's), a thousand at a time, for a change
	 * of rules and for the repair. Streamed with that batch size: without one the embedded server
	 * answers the whole result in one reply, which for a million entries exceeds what the driver
	 * accepts; paging by id instead costs a full scan per page there.
	 */
	void forEachBatchOfMarks(String trustId, Consumer<List<CountingMark>> action) {
		var query = (trustId != null) ? Query.query(Criteria.where("trustId").is(trustId)) : new Query();
		List<CountingMark> batch = new ArrayList<>(MARK_BATCH);
		try (Stream<CountingMark> marks = this.mongo.stream(query.cursorBatchSize(MARK_BATCH), CountingMark.class)) {
			marks.forEach(mark -> {
				batch.add(mark);
				if (batch.size() == MARK_BATCH) {
					action.accept(List.copyOf(batch));
					batch.clear();
				}
			});
		}
		if (!batch.isEmpty()) {
			action.accept(List.copyOf(batch));
		}
	}

	@Override
	public String collection() {
		return "acknowledgements";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(
				new Index().on("variantId", Sort.Direction.ASC).on("line", Sort.Direction.ASC).named("variant_line"),
				new Index().on("trustId", Sort.Direction.ASC).on("personId", Sort.Direction.ASC).named("trust_person"),
				// for remark's compare-and-set: redundant on a real MongoDB (the _id index finds the
				// entry), but the embedded server uses an index only for a query on exactly its keys,
				// and would otherwise scan the whole ledger for every acknowledgement
				new Index().on("_id", Sort.Direction.ASC).on(CountingMark.FIELD, Sort.Direction.ASC).unique().named("id_mark"));
	}

}
