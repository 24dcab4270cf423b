package uk.trustboard.api.acknowledgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.trustboard.api.acknowledgement.AcknowledgementCounters.Difference;
import uk.trustboard.api.trust.TrustRepository;

/**
 * Recounts counters from the ledger and the people it names: sets each mark to what its person
 * and the rules say now, and moves each counter by its difference from the sum with one
 * {@code $inc}. Maintenance, never a request: a change in flight (its mark moved, its
 * {@code $inc} not yet made) would be counted twice, so it runs while nothing else writes: at
 * start-up before requests, and as {@code repair-counters} at a quiet time.
 */
@Component
class CounterRecount {

	private static final Logger logger = LoggerFactory.getLogger(CounterRecount.class);

	private final AcknowledgementRepository ledger;

	private final CounterRepository counters;

	private final AcknowledgementPeople people;

	private final TrustRepository trusts;

	private final CounterJournal journal;

	CounterRecount(AcknowledgementRepository ledger, CounterRepository counters, AcknowledgementPeople people,
			TrustRepository trusts, CounterJournal journal) {
		this.ledger = ledger;
		this.counters = counters;
		this.people = people;
		this.trusts = trusts;
		this.journal = journal;
	}

	/** Every counter of every trust, reading the whole ledger once. */
	List<Difference> all() {
		List<Difference> differences = recount(batches -> this.ledger.forEachBatchOfMarks(null, batches),
				this.counters.findAll(null));
		differences.forEach(difference -> logger.warn("Acknowledgement counter {} was {}, the ledger says {}",
				difference.counterId(), difference.counted(), difference.recounted()));
		logger.info("Repaired acknowledgement counters: {} difference(s)", differences.size());
		return differences;
	}

	/** Whether the ledger has entries from before counting marks, which only {@link #all} can mark. */
	boolean anyUnmarked() {
		return this.ledger.anyUnmarked();
	}

	/**
	 * The counters named by changes that never finished (a process stopped between a write and
	 * its counter write), then clears their notes. Only safe while nothing else writes
	 * acknowledgements, people or rules: before the service takes requests, on a store no other
	 * process shares.
	 */
	List<Difference> unfinished() {
		List<CounterJournal.Entry> left = this.journal.left();
		if (left.isEmpty()) {
			return List.of();
		}
		Set<String> trustIds = new TreeSet<>();
		Set<String> counterIds = new TreeSet<>();
		for (CounterJournal.Entry entry : left) {
			if (entry.wholeTrust()) {
				trustIds.add(entry.trustId());
			}
			counterIds.addAll(entry.counterIds());
			for (String personId : entry.personIds()) {
				this.ledger.marksOfPerson(entry.trustId(), personId).forEach(mark -> counterIds.add(mark.counterId()));
			}
		}
		List<Difference> differences = new ArrayList<>();
		for (String trustId : trustIds) {
			differences.addAll(recount(batches -> this.ledger.forEachBatchOfMarks(trustId, batches),
					this.counters.findAll(trustId)));
		}
		for (String counterId : counterIds) {
			int colon = counterId.lastIndexOf(':');
			var line = this.ledger.marksOfLine(counterId.substring(0, colon), Integer.parseInt(counterId.substring(colon + 1)));
			differences.addAll(recount(batches -> batches.accept(line), this.counters.findAllById(List.of(counterId))));
		}
		left.forEach(entry -> this.journal.close(entry.id()));
		logger.info("Recounted {} acknowledgement counter(s) named by {} unfinished change(s): {} difference(s)",
				counterIds.size(), left.size(), differences.size());
		if (!trustIds.isEmpty()) {
			logger.info("Recounted every acknowledgement counter of {}, whose new rules were being applied", trustIds);
		}
		return differences;
	}

	/** @param marks hands the marks to recount to the consumer it is given, a batch at a time */
	private List<Difference> recount(Consumer<Consumer<List<CountingMark>>> marks, List<AcknowledgementCounter> stored) {
		Map<String, Map<String, Long>> recounted = new HashMap<>();
		Map<String, CountingMark> sample = new HashMap<>();
		DueMarks dueMarks = new DueMarks(this.people, this.trusts);
		marks.accept(batch -> count(dueMarks.read(batch), batch, recounted, sample));
		List<Difference> differences = new ArrayList<>();
		for (AcknowledgementCounter counter : stored) {
			correct(counter, recounted.getOrDefault(counter.id(), Map.of()), null, differences);
			recounted.remove(counter.id());
		}
		recounted.forEach((id, actual) -> correct(null, actual, sample.get(id), differences));
		return differences;
	}

	/** Marks each acknowledgement as its person and the rules say now, and counts those that count. */
	private void count(DueMarks dueMarks, List<CountingMark> batch, Map<String, Map<String, Long>> recounted,
			Map<String, CountingMark> sample) {
		for (CountingMark mark : batch) {
			String due = dueMarks.of(mark);
			if (!Objects.equals(due, mark.countedAs())) {
				this.ledger.remark(mark.id(), mark.countedAs(), due);
			}
			if (due != null) {
				recounted.computeIfAbsent(mark.counterId(), ignored -> new HashMap<>()).merge(due, 1L, Long::sum);
				sample.putIfAbsent(mark.counterId(), mark);
			}
		}
	}

	/**
	 * Moves a counter to its recount if they differ, noting the difference: one {@code $inc} of
	 * the difference, not a write of the whole counter. A counter with nothing to count and none
	 * stored stays absent.
	 */
	private void correct(AcknowledgementCounter stored, Map<String, Long> actual, CountingMark any,
			List<Difference> differences) {
		long total = actual.values().stream().mapToLong(Long::longValue).sum();
		long counted = (stored != null) ? stored.acknowledged() : 0;
		Map<String, Long> storedByStart = (stored != null && stored.byStart() != null) ? stored.byStart() : Map.of();
		Map<String, Long> deltas = new HashMap<>();
		Set<String> keys = new HashSet<>(storedByStart.keySet());
		keys.addAll(actual.keySet());
		for (String key : keys) {
			long delta = actual.getOrDefault(key, 0L) - storedByStart.getOrDefault(key, 0L);
			if (delta != 0) {
				deltas.put(key, delta);
			}
		}
		if (total == counted && deltas.isEmpty()) {
			return;
		}
		if (stored != null) {
			differences.add(new Difference(stored.id(), counted, total));
			this.counters.add(stored.trustId(), stored.schoolId(), stored.variantId(), stored.line(), total - counted,
					deltas);
		}
		else {
			differences.add(new Difference(any.counterId(), 0, total));
			this.counters.add(any.trustId(), any.schoolId(), any.variantId(), any.line(), total, deltas);
		}
	}

}
