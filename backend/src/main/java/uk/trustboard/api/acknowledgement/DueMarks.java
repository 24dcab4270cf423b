package uk.trustboard.api.acknowledgement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.trust.AcknowledgementRules;
import uk.trustboard.api.trust.Trust;
import uk.trustboard.api.trust.TrustRepository;

/**
 * What the marks of acknowledgements should say now: the start-date bucket their person counts
 * in under their trust's rules, or null when the person need not acknowledge. The one place the
 * settling of changes and the recount decide it. Each trust's rules are read once per instance;
 * the people are read again for every batch, since a read after a mark is what settling rests on.
 */
final class DueMarks {

	private final AcknowledgementPeople people;

	private final TrustRepository trusts;

	private final Map<String, AcknowledgementRules> rules = new HashMap<>();

	private Map<String, Person> read = Map.of();

	DueMarks(AcknowledgementPeople people, TrustRepository trusts) {
		this.people = people;
		this.trusts = trusts;
	}

	/** Reads, in one query, the people of these marks as they are now, for {@link #of}. */
	DueMarks read(Collection<CountingMark> marks) {
		this.read = this.people.findAllById(marks.stream().map(CountingMark::personId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		return this;
	}

	/** What this mark should say, by its person as last {@link #read}. */
	String of(CountingMark mark) {
		Person person = this.read.get(mark.personId());
		AcknowledgementRules trustRules = this.rules.computeIfAbsent(mark.trustId(),
				trustId -> this.trusts.findForSystem(trustId)
					.map(Trust::acknowledgementRules)
					.orElse(AcknowledgementRules.DEFAULT));
		return trustRules.requires(person, mark.schoolId()) ? AcknowledgementCounter.startKey(person) : null;
	}

}
