package uk.trustboard.api.acknowledgement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;
import uk.trustboard.api.security.TenantScope;

@Repository
public class CounterRepository implements MongoIndexes {

	private final MongoTemplate mongo;

	CounterRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Moves one acknowledgement between start-date buckets of its counter in one atomic
	 * {@code $inc}: out of {@code from} (null: it did not count), into {@code to} (null: it no
	 * longer counts). Creates the counter on first use.
	 */
	void move(CountingMark mark, String from, String to) {
		Map<String, Long> byStart = new HashMap<>();
		if (from != null) {
			byStart.put(from, -1L);
		}
		if (to != null) {
			byStart.merge(to, 1L, Long::sum);
		}
		add(mark.trustId(), mark.schoolId(), mark.variantId(), mark.line(),
				byStart.values().stream().mapToLong(Long::longValue).sum(), byStart);
	}

	/**
	 * Adds to a counter's total and buckets in one atomic {@code $inc}: what other writers add
	 * meanwhile is kept, as a write of the whole counter would not.
	 */
	void add(String trustId, String schoolId, String variantId, int line, long total, Map<String, Long> byStart) {
		var update = new Update().inc("acknowledged", total)
			.setOnInsert("trustId", trustId)
			.setOnInsert("schoolId", schoolId)
			.setOnInsert("variantId", variantId)
			.setOnInsert("line", line);
		byStart.forEach((startKey, delta) -> update.inc("byStart." + startKey, delta));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(AcknowledgementCounter.idOf(variantId, line))), update,
				AcknowledgementCounter.class);
	}

	/**
	 * Counters of these ids that the caller may see. The tenant check is made on each counter read
	 * rather than in the query: a plain {@code _id $in} is an index lookup on every server, where
	 * mongo-java-server scans the whole collection once the ids sit inside an {@code $and}, and
	 * there are as many counters as acknowledgement lines ever published.
	 */
	public List<AcknowledgementCounter> findAllById(Collection<String> ids, TenantScope scope) {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("_id").in(ids))), AcknowledgementCounter.class)
			.stream()
			.filter(counter -> scope.includesSchool(counter.trustId(), counter.schoolId()))
			.toList();
	}

	/** For maintenance (recovery, repair), across tenants. */
	List<AcknowledgementCounter> findAllById(Collection<String> ids) {
		return this.mongo.find(OneReply.of(Query.query(Criteria.where("_id").in(ids))), AcknowledgementCounter.class);
	}

	/** For maintenance: every counter, or (given a trust) the trust's. */
	List<AcknowledgementCounter> findAll(String trustId) {
		var query = (trustId != null) ? Query.query(Criteria.where("trustId").is(trustId)) : new Query();
		return this.mongo.find(OneReply.of(query), AcknowledgementCounter.class);
	}

	@Override
	public String collection() {
		return "acknowledgement_counters";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of();
	}

}
