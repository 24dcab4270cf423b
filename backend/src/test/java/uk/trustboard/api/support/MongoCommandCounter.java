package uk.trustboard.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Counts the queries the driver sends (find, aggregate, count, getMore...), for round-trip tests,
 * and notes each find or aggregate that leaves MongoDB's default first batch (101 documents) in
 * place: on a real server those would take {@code getMore} round trips as the data grows, which
 * the embedded server (it answers with everything at once) would never show. Also notes which
 * collections the reads touch, including those an aggregation joins or unions in.
 */
public class MongoCommandCounter implements CommandListener {

	private static final Set<String> READS = Set.of("find", "aggregate", "count", "countDocuments", "distinct",
			"getMore");

	private static final int DEFAULT_FIRST_BATCH = 101;

	private final AtomicInteger reads = new AtomicInteger();

	private final List<String> defaultBatches = new ArrayList<>();

	private final Set<String> collectionsRead = ConcurrentHashMap.newKeySet();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (READS.contains(event.getCommandName())) {
			this.reads.incrementAndGet();
			noteCollections(event.getCommandName(), event.getCommand());
		}
		if (takesDefaultFirstBatch(event.getCommandName(), event.getCommand())) {
			synchronized (this.defaultBatches) {
				this.defaultBatches.add(event.getCommandName() + " " + event.getCommand().get(event.getCommandName()));
			}
		}
	}

	private static boolean takesDefaultFirstBatch(String name, BsonDocument command) {
		if (name.equals("find")) {
			boolean atMostOne = command.containsKey("limit") && Math.abs(command.getNumber("limit").intValue()) <= 1;
			return !atMostOne && (!command.containsKey("batchSize")
					|| command.getNumber("batchSize").intValue() <= DEFAULT_FIRST_BATCH);
		}
		if (name.equals("aggregate")) {
			BsonDocument cursor = command.getDocument("cursor", new BsonDocument());
			return !cursor.containsKey("batchSize") || cursor.getNumber("batchSize").intValue() <= DEFAULT_FIRST_BATCH;
		}
		return false;
	}

	private void noteCollections(String name, BsonDocument command) {
		BsonValue target = name.equals("getMore") ? command.get("collection") : command.get(name);
		if (target != null && target.isString()) {
			this.collectionsRead.add(target.asString().getValue());
		}
		if (name.equals("aggregate")) {
			noteJoined(command.get("pipeline"));
		}
	}

	/** The collections that $lookup, $graphLookup and $unionWith stages name, nested pipelines included. */
	private void noteJoined(BsonValue value) {
		if (value instanceof BsonDocument document) {
			document.forEach((key, inner) -> {
				if ((key.equals("$lookup") || key.equals("$graphLookup")) && inner.isDocument()
						&& inner.asDocument().isString("from")) {
					this.collectionsRead.add(inner.asDocument().getString("from").getValue());
				}
				if (key.equals("$unionWith")) {
					BsonValue coll = inner.isDocument() ? inner.asDocument().get("coll") : inner;
					if (coll != null && coll.isString()) {
						this.collectionsRead.add(coll.asString().getValue());
					}
				}
				noteJoined(inner);
			});
		}
		else if (value != null && value.isArray()) {
			value.asArray().forEach(this::noteJoined);
		}
	}

	public void reset() {
		this.reads.set(0);
		this.collectionsRead.clear();
		synchronized (this.defaultBatches) {
			this.defaultBatches.clear();
		}
	}

	public int reads() {
		return this.reads.get();
	}

	/** The collections read since the last reset, with those an aggregation joins or unions in. */
	public Set<String> collectionsRead() {
		return new TreeSet<>(this.collectionsRead);
	}

	/** The finds and aggregations since the last reset that would return at most 101 documents at first. */
	public List<String> defaultBatches() {
		synchronized (this.defaultBatches) {
			return List.copyOf(this.defaultBatches);
		}
	}

}
