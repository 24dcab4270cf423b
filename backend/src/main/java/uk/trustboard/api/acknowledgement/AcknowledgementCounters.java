package uk.trustboard.api.acknowledgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * between a ledger write and its counter write leaves a counter one off, which {@link #repair}
 * finds and mends.
 */
@Component
public class AcknowledgementCounters implements StaffChangeListener {

	private static final Logger logger = LoggerFactory.getLogger(AcknowledgementCounters.class);

	private final AcknowledgementRepository ledger;

	private final CounterRepository counters;

	private final AcknowledgementPeople people;

	private final TrustRepository trusts;

	AcknowledgementCounters(AcknowledgementRepository ledger, CounterRepository counters, AcknowledgementPeople people,
			TrustRepository trusts) {
		this.ledger = ledger;
		this.counters = counters;
		this.people = people;
		this.trusts = trusts;
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
			Map<String, Long> actual = recount.getOrDefault(counter.id(), Map.of());
			recount.remove(counter.id());
			long total = actual.values().stream().mapToLong(Long::longValue).sum();
			Map<String, Long> stored = (counter.byStart() != null) ? withoutZeros(counter.byStart()) : Map.of();
			if (total != counter.acknowledged() || !stored.equals(actual)) {
				differences.add(new Difference(counter.id(), counter.acknowledged(), total));
				this.counters.save(new AcknowledgementCounter(counter.id(), counter.trustId(), counter.schoolId(),
						counter.variantId(), counter.line(), total, actual));
			}
		}
		recount.forEach((id, actual) -> {
			Acknowledgement any = sample.get(id);
			long total = actual.values().stream().mapToLong(Long::longValue).sum();
			differences.add(new Difference(id, 0, total));
			this.counters.save(new AcknowledgementCounter(id, any.trustId(), any.schoolId(), any.variantId(), any.line(),
					total, actual));
		});
		differences.forEach(difference -> logger.warn("Acknowledgement counter {} was {}, the ledger says {}",
				difference.counterId(), difference.counted(), difference.recounted()));
		logger.info("Repaired acknowledgement counters: {} difference(s)", differences.size());
		return differences;
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
