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

	@Override
	public synchronized void commandStarted(CommandStartedEvent event) {
		String name = event.getCommandName();
		var command = event.getCommand();
		String collection = name.equals("getMore") ? command.getString("collection").getValue()
				: (command.containsKey(name) && command.get(name).isString()) ? command.getString(name).getValue() : "";
		if (READS.contains(name)) {
			this.commands.add(name + " " + collection);
		}
		this.started.put(event.getRequestId() ^ ((long) event.getConnectionDescription().hashCode() << 32),
				name + " " + collection);
	}

	@Override
	public synchronized void commandSucceeded(CommandSucceededEvent event) {
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
