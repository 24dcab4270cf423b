package uk.trustboard.api.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.MongoIndexes;
import uk.trustboard.api.config.OneReply;

/** What each pass through the overdue list has returned so far, for a day. */
@Repository
class PulledReviewRepository implements MongoIndexes {

	/** How often passes past their day are removed by hand; see {@link #forgetExpired}. */
	static final Duration FORGET_EVERY = Duration.ofHours(1);

	private final MongoTemplate mongo;

	private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.EPOCH);

	PulledReviewRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Removes the notes of passes past their day, at most once per {@link #FORGET_EVERY}. A real
	 * MongoDB's TTL index does this by itself; the embedded server keeps expired documents for
	 * ever, and this collection grows with every pass an integration makes.
	 *
	 * @return how many notes were removed (0 when it was not yet time)
	 */
	long forgetExpired(Instant now) {
		Instant last = this.lastForgotten.get();
		if (now.isBefore(last.plus(FORGET_EVERY)) || !this.lastForgotten.compareAndSet(last, now)) {
			return 0;
		}
		return this.mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), PulledReview.class)
			.getDeletedCount();
	}

	/** Which of these schedules the pass returned at or before its cursor. */
	Set<String> returnedUpTo(Pull pull, Collection<String> scheduleIds) {
		if (scheduleIds.isEmpty()) {
			return Set.of();
		}
		List<String> keys = scheduleIds.stream().map(scheduleId -> key(pull, scheduleId)).toList();
		// by _id alone, then seq here: the embedded server uses an index only for a query on exactly
		// its keys, and would scan every pass's notes for each page
		var query = Query.query(Criteria.where("_id").in(keys));
		return this.mongo.find(OneReply.of(query), PulledReview.class)
			.stream()
			.filter(pulled -> pulled.seq() <= pull.seq())
			.map(pulled -> pulled.id().substring(pull.id().length() + 1))
			.collect(Collectors.toSet());
	}

	/** Notes that the pass returned these schedules, in this order, after its cursor. */
	void returned(Pull pull, List<ReviewSchedule> schedules) {
		if (schedules.isEmpty()) {
			return;
		}
		var bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PulledReview.class);
		for (int i = 0; i < schedules.size(); i++) {
			bulk.upsert(Query.query(Criteria.where("_id").is(key(pull, schedules.get(i).id()))),
					new Update().min("seq", pull.seq() + 1 + i)
						.setOnInsert("pull", pull.id())
						.setOnInsert("expiresAt", pull.rememberedUntil()));
		}
		bulk.execute();
	}

	private static String key(Pull pull, String scheduleId) {
		return pull.id() + ":" + scheduleId;
	}

	@Override
	public String collection() {
		return "overdue_pulls";
	}

	@Override
	public List<IndexDefinition> indexes() {
		return List.of(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO).named("expiry"));
	}

}
