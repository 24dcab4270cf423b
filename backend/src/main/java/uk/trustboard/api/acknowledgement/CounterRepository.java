package uk.trustboard.api.acknowledgement;

import java.util.Collection;
import java.util.List;

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

	/** One atomic {@code $inc} of the count and of its start-date bucket, creating the counter on first use. */
	void add(String trustId, String schoolId, String variantId, int line, String startKey, long delta) {
		var update = new Update().inc("acknowledged", delta)
			.inc("byStart." + startKey, delta)
			.setOnInsert("trustId", trustId)
			.setOnInsert("schoolId", schoolId)
			.setOnInsert("variantId", variantId)
			.setOnInsert("line", line);
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

	List<AcknowledgementCounter> findAll() {
		return this.mongo.findAll(AcknowledgementCounter.class);
	}

	void save(AcknowledgementCounter counter) {
		this.mongo.save(counter);
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
