package uk.trustboard.api.acknowledgement;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.Permission;
import uk.trustboard.api.security.TenantScope;

/**
 * Records acknowledgements: by the signed-in person for themselves, or by a head for someone of
 * their school with evidence. One per person and acknowledgement line, enforced by the ledger's
 * ids: of any number of identical calls at once, exactly one stores and counts it, and every
 * call answers with that one.
 */
@Service
class AcknowledgementLedger {

	private final AcknowledgementRepository ledger;

	private final AcknowledgementCounters counters;

	private final AcknowledgementPeople people;

	private final PolicyVariantRepository variants;

	private final Clock clock;

	AcknowledgementLedger(AcknowledgementRepository ledger, AcknowledgementCounters counters,
			AcknowledgementPeople people, PolicyVariantRepository variants, Clock clock) {
		this.ledger = ledger;
		this.counters = counters;
		this.people = people;
		this.variants = variants;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('ACKNOWLEDGE')")
	AcknowledgePolicyPayload acknowledge(AcknowledgePolicyInput input) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		PolicyVariant variant = this.variants.findById(input.variantId(), scope)
			.orElseThrow(() -> new NotFoundException("policy variant", input.variantId()));
		String personId = (input.personId() != null) ? input.personId() : caller.personId();
		if (personId == null) {
			return AcknowledgePolicyPayload.refused("personId", UserErrorCode.REQUIRED,
					"your sign-in names no person: give personId");
		}
		boolean onBehalf = !personId.equals(caller.personId());
		if (onBehalf && !caller.permissions().contains(Permission.MANAGE_SCHOOL)) {
			throw new AccessDeniedException("Staff acknowledge only for themselves");
		}
		String evidence = (input.evidence() != null) ? input.evidence().strip() : null;
		if (onBehalf && (evidence == null || evidence.isEmpty())) {
			return AcknowledgePolicyPayload.refused("evidence", UserErrorCode.REQUIRED,
					"say how the acknowledgement was given, e.g. 'signed paper form, 3 Nov'");
		}
		if (evidence != null && evidence.length() > 2_000) {
			return AcknowledgePolicyPayload.refused("evidence", UserErrorCode.TOO_LONG,
					"evidence must be at most 2000 characters");
		}
		if (variant.live() == null) {
			return AcknowledgePolicyPayload.refused("variantId", UserErrorCode.NOT_PUBLISHED,
					"this policy has no published version to acknowledge yet");
		}
		Person person = this.people.findById(personId, scope).orElse(null);
		if (person == null) {
			return AcknowledgePolicyPayload.refused("personId", UserErrorCode.PERSON_NOT_FOUND, "no such person");
		}
		if (!person.schoolIds().contains(variant.schoolId()) || person.status() != StaffStatus.ACTIVE) {
			return AcknowledgePolicyPayload.refused("personId", UserErrorCode.NOT_STAFF_OF_SCHOOL,
					person.name() + " is not active staff of this school");
		}
		int line = variant.live().acknowledgementLine();
		var acknowledgement = new Acknowledgement(Acknowledgement.idOf(personId, variant.id(), line), variant.trustId(),
				variant.schoolId(), variant.id(), personId, line, variant.live().number(), this.clock.instant(),
				onBehalf ? AcknowledgementMethod.ON_BEHALF : AcknowledgementMethod.SELF, caller.subject(), evidence);
		String note = this.counters.acknowledging(acknowledgement);
		if (this.ledger.insert(acknowledgement)) {
			// counted by what the person is after the insert, not by what was read above: see AcknowledgementCounters
			this.counters.acknowledged(acknowledgement);
			this.counters.done(note);
			return new AcknowledgePolicyPayload(acknowledgement, List.of());
		}
		this.counters.done(note);
		return new AcknowledgePolicyPayload(this.ledger.findById(acknowledgement.id()).orElseThrow(), List.of());
	}

}
