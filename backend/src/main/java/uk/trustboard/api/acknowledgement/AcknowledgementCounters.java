package uk.trustboard.api.acknowledgement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffChangeListener;
import uk.trustboard.api.trust.AcknowledgementRules;
import uk.trustboard.api.trust.Trust;
import uk.trustboard.api.trust.TrustRepository;

/**
 * Keeps the counters in step with the people they count. A counter counts the acknowledgements
 * of people who must acknowledge now (active, of that school, of a required kind), so a leaver's
 * acknowledgement stops counting and a returner's counts again. The ledger is the truth: a stop
 * between a ledger write and its counter write would leave a counter one off: each such change
 * is noted first in the {@link CounterJournal}, and {@link #recoverUnfinished} recounts what a
 * note left behind names. {@link #repair} recounts everything.
 */
@Component
public class AcknowledgementCounters implements StaffChangeListener {

	private static final Logger logger = LoggerFactory.getLogger(AcknowledgementCounters.class);

	private final AcknowledgementRepository ledger;

	private final CounterRepository counters;

	private final AcknowledgementPeople people;

	private final TrustRepository trusts;

	private final CounterJournal journal;

	AcknowledgementCounters(AcknowledgementRepository ledger, CounterRepository counters, AcknowledgementPeople people,
			TrustRepository trusts, CounterJournal journal) {
		this.ledger = ledger;
		this.counters = counters;
		this.people = people;
		this.trusts = trusts;
		this.journal = journal;
	}

	/** Notes an acknowledgement about to be written, until {@link #done}: see {@link CounterJournal}. */
	String acknowledging(Acknowledgement acknowledgement) {
		return this.journal.open(acknowledgement.trustId(), List.of(acknowledgement.counterId()), List.of());
	}

	void done(String note) {
		this.journal.close(note);
	}

	@Override
	public Runnable changing(String trustId, Collection<String> personIds) {
		if (personIds.isEmpty()) {
			return () -> {
			};
		}
		String note = this.journal.open(trustId, List.of(), personIds);
		return () -> this.journal.close(note);
	}

	void acknowledged(Acknowledgement acknowledgement, Person person) {
		this.counters.add(acknowledgement.trustId(), acknowledgement.schoolId(), acknowledgement.variantId(),
				acknowledgement.line(), AcknowledgementCounter.startKey(person), 1);
	}

	@Override
	public void staffChanged(Person before, Person after) {
		if (before == null) {
			return; // someone new has acknowledged nothing yet
		}
		AcknowledgementRules rules = rules(after.trustId());
		for (Acknowledgement acknowledgement : this.ledger.findByPerson(after.trustId(), after.id())) {
			boolean counted = rules.requires(before, acknowledgement.schoolId());
			boolean counts = rules.requires(after, acknowledgement.schoolId());
			String wasKey = AcknowledgementCounter.startKey(before);
			String isKey = AcknowledgementCounter.startKey(after);
			if (counted && (!counts || !wasKey.equals(isKey))) {
				add(acknowledgement, wasKey, -1);
			}
			if (counts && (!counted || !wasKey.equals(isKey))) {
				add(acknowledgement, isKey, 1);
			}
		}
	}

	private void add(Acknowledgement acknowledgement, String startKey, long delta) {
		this.counters.add(acknowledgement.trustId(), acknowledgement.schoolId(), acknowledgement.variantId(),
				acknowledgement.line(), startKey, delta);
	}

	/**
	 * Recounts the counters named by changes that never finished (a process stopped between a
	 * write and its counter write), then clears their notes. Only safe while nothing else writes
	 * acknowledgements or people: run before the service takes requests, on a store no other
	 * process shares.
	 */
	public List<Difference> recoverUnfinished() {
		List<CounterJournal.Entry> left = this.journal.left();
		if (left.isEmpty()) {
			return List.of();
		}
		Set<String> counterIds = new TreeSet<>();
		for (CounterJournal.Entry entry : left) {
			counterIds.addAll(entry.counterIds());
			for (String personId : entry.personIds()) {
				this.ledger.findByPerson(entry.trustId(), personId)
					.forEach(acknowledgement -> counterIds.add(acknowledgement.counterId()));
			}
		}
		List<Difference> differences = new ArrayList<>();
		for (String counterId : counterIds) {
			int colon = counterId.lastIndexOf(':');
			List<Acknowledgement> line = this.ledger.findByLine(counterId.substring(0, colon),
					Integer.parseInt(counterId.substring(colon + 1)));
			Map<String, Map<String, Long>> recount = new HashMap<>();
			Map<String, Acknowledgement> sample = new HashMap<>();
			count(line, recount, sample, new HashMap<>());
			AcknowledgementCounter stored = this.counters.findAllById(List.of(counterId)).stream().findFirst().orElse(null);
			settle(counterId, stored, recount.getOrDefault(counterId, Map.of()), sample.get(counterId), differences);
		}
		left.forEach(entry -> this.journal.close(entry.id()));
		logger.info("Recounted {} acknowledgement counter(s) named by {} unfinished change(s): {} difference(s)",
				counterIds.size(), left.size(), differences.size());
		return differences;
	}

	/**
	 * Recounts every counter from the ledger and the people it names, sets the ones that differ,
	 * and returns those differences. Reads the whole ledger: a maintenance command, never a request.
	 */
	public List<Difference> repair() {
		Map<String, Acknowledgement> sample = new HashMap<>();
		Map<String, Map<String, Long>> recount = new HashMap<>();
		Map<String, AcknowledgementRules> rulesByTrust = new HashMap<>();
		List<Acknowledgement> batch = new ArrayList<>();
		try (var all = this.ledger.streamAll()) {
			all.forEach(acknowledgement -> {
				batch.add(acknowledgement);
				if (batch.size() == 1_000) {
					count(batch, recount, sample, rulesByTrust);
					batch.clear();
				}
			});
		}
		count(batch, recount, sample, rulesByTrust);
		List<Difference> differences = new ArrayList<>();
		for (AcknowledgementCounter counter : this.counters.findAll()) {
			settle(counter.id(), counter, recount.getOrDefault(counter.id(), Map.of()), sample.get(counter.id()),
					differences);
			recount.remove(counter.id());
		}
		recount.forEach((id, actual) -> settle(id, null, actual, sample.get(id), differences));
		differences.forEach(difference -> logger.warn("Acknowledgement counter {} was {}, the ledger says {}",
				difference.counterId(), difference.counted(), difference.recounted()));
		logger.info("Repaired acknowledgement counters: {} difference(s)", differences.size());
		return differences;
	}

	/**
	 * Sets a counter to its recount if they differ, noting the difference. A counter with nothing
	 * to count and none stored stays absent.
	 */
	private void settle(String counterId, AcknowledgementCounter stored, Map<String, Long> actual, Acknowledgement any,
			List<Difference> differences) {
		long total = actual.values().stream().mapToLong(Long::longValue).sum();
		if (stored == null) {
			if (total > 0) {
				differences.add(new Difference(counterId, 0, total));
				this.counters.save(new AcknowledgementCounter(counterId, any.trustId(), any.schoolId(), any.variantId(),
						any.line(), total, actual));
			}
			return;
		}
		Map<String, Long> storedByStart = (stored.byStart() != null) ? withoutZeros(stored.byStart()) : Map.of();
		if (total != stored.acknowledged() || !storedByStart.equals(actual)) {
			differences.add(new Difference(counterId, stored.acknowledged(), total));
			this.counters.save(new AcknowledgementCounter(counterId, stored.trustId(), stored.schoolId(),
					stored.variantId(), stored.line(), total, actual));
		}
	}

	private static Map<String, Long> withoutZeros(Map<String, Long> byStart) {
		Map<String, Long> nonZero = new HashMap<>();
		byStart.forEach((key, value) -> {
			if (value != 0) {
				nonZero.put(key, value);
			}
		});
		return nonZero;
	}

	private void count(List<Acknowledgement> batch, Map<String, Map<String, Long>> recount,
			Map<String, Acknowledgement> sample, Map<String, AcknowledgementRules> rulesByTrust) {
		Map<String, Person> byId = this.people.findAllById(batch.stream().map(Acknowledgement::personId).toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		for (Acknowledgement acknowledgement : batch) {
			AcknowledgementRules rules = rulesByTrust.computeIfAbsent(acknowledgement.trustId(), this::rules);
			Person person = byId.get(acknowledgement.personId());
			if (rules.requires(person, acknowledgement.schoolId())) {
				recount.computeIfAbsent(acknowledgement.counterId(), ignored -> new HashMap<>())
					.merge(AcknowledgementCounter.startKey(person), 1L, Long::sum);
				sample.putIfAbsent(acknowledgement.counterId(), acknowledgement);
			}
		}
	}

	private AcknowledgementRules rules(String trustId) {
		return this.trusts.findForSystem(trustId).map(Trust::acknowledgementRules).orElse(AcknowledgementRules.DEFAULT);
	}

	/** A counter that disagreed with the ledger: what it said, and what the recount found. */
	public record Difference(String counterId, long counted, long recounted) {
	}

}
