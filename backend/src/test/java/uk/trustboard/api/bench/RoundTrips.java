package uk.trustboard.api.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * The read commands the driver sends (find, aggregate, getMore...), with their collections, so
 * a benchmark can say how many round trips one request took. Registered on the application's
 * own client through a {@code MongoClientSettingsBuilderCustomizer}; meant for one request at a time.
 */
final class RoundTrips implements CommandListener {

	private static final Set<String> READS = Set.of("find", "aggregate", "count", "countDocuments", "distinct",
			"getMore");

	private final List<String> commands = new ArrayList<>();

	/** Every command (writes too) by request id, and how long each took from the driver's side. */
	private final Map<Long, String> started = new HashMap<>();

	private final List<String> timed = new ArrayList<>();

	/** The first batch each read asked for (0: the server's default), by request id. */
	private final Map<Long, Integer> askedBatch = new HashMap<>();

	private final List<Reply> replies = new ArrayList<>();

	/**
	 * One read's reply as the embedded server sent it (everything at once).
	 *
	 * @param command e.g. {@code find variants}
	 * @param bytes the reply's BSON size
	 * @param documents how many documents it carried
	 * @param askedBatch the first batch the driver asked for, 0 for the server's default
	 */
	record Reply(String command, int bytes, int documents, int askedBatch) {

		private static final int MAX_REPLY = 16 * 1024 * 1024;

		private static final int DEFAULT_FIRST_BATCH = 101;

		/**
		 * How many round trips a real MongoDB would take for this read: its first batch holds
		 * the asked number of documents (101 by default) and at most 16 MiB, and every later
		 * batch up to 16 MiB (getMore asks for no batch size).
		 */
		int realServerTrips() {
			int first = (this.askedBatch > 0) ? this.askedBatch : DEFAULT_FIRST_BATCH;
			if (this.documents <= first) {
				return Math.max(1, (int) Math.ceil(this.bytes / (double) MAX_REPLY));
			}
			double firstShare = first / (double) this.documents;
			int rest = (int) Math.ceil(this.bytes * (1 - firstShare) / MAX_REPLY);
			return 1 + Math.max(1, rest);
		}

	}

	@Override
	public synchronized void commandStarted(CommandStartedEvent event) {
		String name = event.getCommandName();
		var command = event.getCommand();
		String collection = name.equals("getMore") ? command.getString("collection").getValue()
				: (command.containsKey(name) && command.get(name).isString()) ? command.getString(name).getValue() : "";
		long key = event.getRequestId() ^ ((long) event.getConnectionDescription().hashCode() << 32);
		if (READS.contains(name)) {
			this.commands.add(name + " " + collection);
			var asked = name.equals("aggregate") ? command.getDocument("cursor", new org.bson.BsonDocument())
				.get("batchSize") : command.get("batchSize");
			this.askedBatch.put(key, (asked != null && asked.isNumber()) ? asked.asNumber().intValue() : 0);
		}
		this.started.put(key, name + " " + collection);
	}

	@Override
	public synchronized void commandSucceeded(CommandSucceededEvent event) {
		long key = event.getRequestId() ^ ((long) event.getConnectionDescription().hashCode() << 32);
		Integer asked = this.askedBatch.remove(key);
		String command = this.started.get(key);
		if (asked != null && command != null && this.replies.size() < 10_000) {
			var response = event.getResponse();
			var cursor = response.getDocument("cursor", new org.bson.BsonDocument());
			var batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch")
					: cursor.getArray("nextBatch", new org.bson.BsonArray());
			int bytes = new org.bson.RawBsonDocument(response, new org.bson.codecs.BsonDocumentCodec()).getByteBuffer()
				.remaining();
			this.replies.add(new Reply(command, bytes, batch.size(), asked));
		}
		finished(event.getRequestId() ^ ((long) event.getConnectionDescription().hashCode() << 32),
				event.getElapsedTime(TimeUnit.MICROSECONDS));
	}

	@Override
	public synchronized void commandFailed(CommandFailedEvent event) {
		finished(event.getRequestId() ^ ((long) event.getConnectionDescription().hashCode() << 32),
				event.getElapsedTime(TimeUnit.MICROSECONDS));
	}

	private void finished(long key, long micros) {
		String command = this.started.remove(key);
		if (command != null && this.timed.size() < 10_000) {
			this.timed.add("%s %.1f ms".formatted(command, micros / 1000.0));
		}
	}

	synchronized void reset() {
		this.commands.clear();
		this.started.clear();
		this.timed.clear();
		this.askedBatch.clear();
		this.replies.clear();
	}

	/** The replies to the reads since the last reset. */
	synchronized List<Reply> replies() {
		return List.copyOf(this.replies);
	}

	/** Every command of the last request with its time, writes included, e.g. {@code find people 12.3 ms}. */
	synchronized List<String> timed() {
		return List.copyOf(this.timed);
	}

	synchronized List<String> commands() {
		return List.copyOf(this.commands);
	}

	/** find + aggregate + getMore (+ count, distinct): every read round trip. */
	synchronized int total() {
		return this.commands.size();
	}

	synchronized long count(String name) {
		return this.commands.stream().filter(command -> command.startsWith(name + " ")).count();
	}

}
