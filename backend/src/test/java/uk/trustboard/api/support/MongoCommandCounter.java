package uk.trustboard.api.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/** Counts the queries the driver sends (find, aggregate, count, getMore...), for round-trip tests. */
public class MongoCommandCounter implements CommandListener {

	private static final Set<String> READS = Set.of("find", "aggregate", "count", "countDocuments", "distinct",
			"getMore");

	private final AtomicInteger reads = new AtomicInteger();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (READS.contains(event.getCommandName())) {
			this.reads.incrementAndGet();
		}
	}

	public void reset() {
		this.reads.set(0);
	}

	public int reads() {
		return this.reads.get();
	}

}
