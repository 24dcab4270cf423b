package uk.trustboard.api.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Window;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.policy.VariantVersionRepository;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.trust.AcknowledgementRules;
import uk.trustboard.api.trust.Trust;
import uk.trustboard.api.trust.TrustRepository;

/** Who still has to acknowledge: for a head or executive per school, and for a member of staff themselves. */
@Service
class AcknowledgementReporting {

	private final AcknowledgementRepository ledger;

	private final CounterRepository counters;

	private final AcknowledgementPeople people;

	private final PolicyVariantRepository variants;

	private final VariantVersionRepository versions;

	private final TrustRepository trusts;

	AcknowledgementReporting(AcknowledgementRepository ledger, CounterRepository counters, AcknowledgementPeople people,
			PolicyVariantRepository variants, VariantVersionRepository versions, TrustRepository trusts) {
		this.ledger = ledger;
		this.counters = counters;
		this.people = people;
		this.variants = variants;
		this.versions = versions;
		this.trusts = trusts;
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL') or hasAuthority('READ_DASHBOARD')")
	AcknowledgementStatus status(String variantId, LocalDate asOf) {
		TenantScope scope = Callers.scope();
		PolicyVariant variant = this.variants.findById(variantId, scope)
			.orElseThrow(() -> new NotFoundException("policy variant", variantId));
		AcknowledgementRules rules = rules(variant.trustId(), scope);
		if (variant.live() == null) {
			return new AcknowledgementStatus(variant, 0, 0, 0, 0, 0, asOf, rules, List.of(), null);
		}
		int line = variant.live().acknowledgementLine();
		long acknowledged = this.counters.findAllById(List.of(AcknowledgementCounter.currentOf(variant)), scope)
			.stream()
			.mapToLong(AcknowledgementCounter::acknowledged)
			.sum();
		List<Person> required = this.people.required(variant.schoolId(), rules, scope);
		List<String> acknowledgedBy = this.ledger.personIdsForLine(variant.id(), line, scope);
		Set<String> done = new HashSet<>(acknowledgedBy);
		Instant lineStart = lineStart(variant, scope);
		long overdue = required.stream()
			.filter(person -> !done.contains(person.id()))
			.filter(person -> DueDates.overdue(DueDates.dueOn(lineStart, person, rules), asOf))
			.count();
		return new AcknowledgementStatus(variant, variant.live().number(), line, required.size(), acknowledged, overdue,
				asOf, rules, acknowledgedBy, lineStart);
	}

	/** @param overdue true: only those past due on the status's date; false: only those not yet due; null: all */
	@PreAuthorize("hasAuthority('MANAGE_SCHOOL') or hasAuthority('READ_DASHBOARD')")
	Window<Person> outstandingPeople(AcknowledgementStatus status, Boolean overdue, Paging paging) {
		AcknowledgementPeople.Due due = null;
		if (overdue != null) {
			LocalDate before = DueDates.overdueIfStartedBefore(status.asOf(), status.rules());
			boolean lineDue = status.lineStart() != null && DueDates.dayOf(status.lineStart()).isBefore(before);
			due = new AcknowledgementPeople.Due(overdue, lineDue ? before : null);
		}
		return this.people.outstanding(status.variant().schoolId(), status.rules(), status.acknowledgedBy(), due, paging,
				Callers.scope());
	}

	/** The live policies of the caller's schools that the caller must acknowledge and has not. */
	@PreAuthorize("hasAuthority('ACKNOWLEDGE')")
	List<OutstandingPolicy> mine(LocalDate asOf) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		if (caller.personId() == null) {
			return List.of();
		}
		Person person = this.people.findById(caller.personId(), scope).orElse(null);
		if (person == null) {
			return List.of();
		}
		AcknowledgementRules rules = rules(person.trustId(), scope);
		List<PolicyVariant> live = this.variants.findBySchoolIds(person.schoolIds(), scope)
			.stream()
			.filter(variant -> variant.live() != null && rules.requires(person, variant.schoolId()))
			.toList();
		Set<String> done = new HashSet<>();
		this.ledger.findByPersonAndVariants(person.id(), live.stream().map(PolicyVariant::id).toList(), scope)
			.forEach(acknowledgement -> done.add(acknowledgement.variantId() + ":" + acknowledgement.line()));
		List<PolicyVariant> open = live.stream()
			.filter(variant -> !done.contains(variant.id() + ":" + variant.live().acknowledgementLine()))
			.toList();
		List<String> lineIds = open.stream()
			.map(variant -> VariantVersion.idOf(variant.id(), variant.live().acknowledgementLine()))
			.toList();
		var lineVersions = this.versions.findAllById(lineIds, scope);
		List<OutstandingPolicy> outstanding = new ArrayList<>();
		for (PolicyVariant variant : open) {
			Instant start = lineVersions.stream()
				.filter(version -> version.variantId().equals(variant.id())
						&& version.number() == variant.live().acknowledgementLine())
				.map(VariantVersion::publishedAt)
				.findFirst()
				.orElse(null);
			LocalDate due = DueDates.dueOn(start, person, rules);
			outstanding.add(new OutstandingPolicy(variant, variant.live().number(), due, DueDates.overdue(due, asOf)));
		}
		return outstanding;
	}

	private Instant lineStart(PolicyVariant variant, TenantScope scope) {
		int line = variant.live().acknowledgementLine();
		if (line == variant.live().number()) {
			return variant.live().publishedAt();
		}
		return this.versions.findAllById(List.of(VariantVersion.idOf(variant.id(), line)), scope)
			.stream()
			.findFirst()
			.map(VariantVersion::publishedAt)
			.orElse(null);
	}

	private AcknowledgementRules rules(String trustId, TenantScope scope) {
		return this.trusts.findById(trustId, scope).map(Trust::acknowledgementRules).orElse(AcknowledgementRules.DEFAULT);
	}

}
