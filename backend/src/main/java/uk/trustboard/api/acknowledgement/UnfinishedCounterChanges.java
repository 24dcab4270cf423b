package uk.trustboard.api.acknowledgement;

import java.time.Clock;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before any request is served, mends the counters that a stopped process left
 * mid-change (see {@link CounterJournal}). On the embedded store that is always safe: its file
 * belongs to this one process, so every note left is from a process that has stopped. A shared
 * MongoDB may have other instances writing right now, whose notes are in progress, and a recount
 * racing their writes could be off by their change: there, notes older than a minute are only
 * reported, for {@code repair-counters} in a quiet moment. The same goes for a ledger written
 * before acknowledgements carried their counting mark: the repair marks it.
 */
@Component
class UnfinishedCounterChanges implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(UnfinishedCounterChanges.class);

	private final CounterRecount recount;

	private final CounterJournal journal;

	private final ObjectProvider<MongoServer> embedded;

	private final Clock clock;

	UnfinishedCounterChanges(CounterRecount recount, CounterJournal journal, ObjectProvider<MongoServer> embedded,
			Clock clock) {
		this.recount = recount;
		this.journal = journal;
		this.embedded = embedded;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.embedded.getIfAvailable() != null) {
			this.recount.unfinished();
			if (this.recount.anyUnmarked()) {
				this.recount.all();
			}
			return;
		}
		if (this.recount.anyUnmarked()) {
			logger.warn("The acknowledgement ledger has entries from before counting marks: their counters will not "
					+ "follow leavers until ./trustboard repair-counters runs (at a quiet time)");
		}
		var stale = this.journal.left()
			.stream()
			.filter(entry -> entry.at().isBefore(this.clock.instant().minus(Duration.ofMinutes(1))))
			.count();
		if (stale > 0) {
			logger.warn("{} acknowledgement counter change(s) were left unfinished by stopped instances; their counters "
					+ "may be off by one until ./trustboard repair-counters runs (at a quiet time)", stale);
		}
	}

}
