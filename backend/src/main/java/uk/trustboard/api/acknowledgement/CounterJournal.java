package uk.trustboard.api.acknowledgement;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import uk.trustboard.api.config.OneReply;

/**
 * Counter writes in progress. Keeping a counter in step takes a write after the write it follows
 * (a ledger entry, a person), and without transactions a process can stop between the two. So
 * each such change first notes which counters (or whose counters) it is about to touch, and
 * removes the note when done: a note left behind names exactly the counters to recount.
 */
@Repository
class CounterJournal {

	private final MongoTemplate mongo;

	private final Clock clock;

	CounterJournal(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Notes a change about to touch these counters, or the counters of these people; returns the note's id. */
	String open(String trustId, Collection<String> counterIds, Collection<String> personIds) {
		return insert(new Entry(UUID.randomUUID().toString(), trustId, List.copyOf(counterIds), List.copyOf(personIds),
				false, this.clock.instant()));
	}

	/** Notes a change about to touch every counter of a trust (new rules); returns the note's id. */
	String openForTrust(String trustId) {
		return insert(new Entry(UUID.randomUUID().toString(), trustId, List.of(), List.of(), true, this.clock.instant()));
	}

	private String insert(Entry entry) {
		this.mongo.insert(entry);
		return entry.id();
	}

	/** The change is done: its counters are in step. */
	void close(String id) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id)), Entry.class);
	}

	/** Notes left by changes that never finished (or are still running), oldest first. */
	List<Entry> left() {
		return this.mongo.find(OneReply.of(new Query().with(Sort.by("at", "_id"))), Entry.class);
	}

	/**
	 * @param counterIds counters the change touches
	 * @param personIds people whose counters (every line they acknowledged) the change touches
	 * @param wholeTrust whether the change touches every counter of the trust
	 */
	@Document("counter_journal")
	record Entry(@Id String id, String trustId, List<String> counterIds, List<String> personIds, boolean wholeTrust,
			Instant at) {
	}

}
