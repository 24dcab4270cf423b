package uk.trustboard.api.acknowledgement;

import java.util.EnumSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.people.StaffType;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.trust.AcknowledgementRules;
import uk.trustboard.api.trust.TrustRepository;

/**
 * Trust executives choose who must acknowledge and how soon. Changing who must acknowledge
 * changes what the trust's counters should say, so its acknowledgements are settled again at
 * once (and no other trust's): each counter moves by what changed, with {@code $inc}, so
 * acknowledgements counted meanwhile are kept (see {@link AcknowledgementCounters}).
 */
@Service
class AcknowledgementSettings {

	private final TrustRepository trusts;

	private final AcknowledgementCounters counters;

	AcknowledgementSettings(TrustRepository trusts, AcknowledgementCounters counters) {
		this.trusts = trusts;
		this.counters = counters;
	}

	@PreAuthorize("hasAuthority('MANAGE_TRUST_POLICY')")
	Payload set(Input input) {
		String trustId = Callers.current().trustId();
		if (input.audiences() == null || input.audiences().isEmpty()) {
			return refused("audiences", UserErrorCode.REQUIRED, "name at least one kind of person");
		}
		if (input.dueWithinDays() < 1 || input.dueWithinDays() > 365) {
			return refused("dueWithinDays", UserErrorCode.INVALID_FORMAT, "dueWithinDays must be from 1 to 365");
		}
		var rules = new AcknowledgementRules(EnumSet.copyOf(input.audiences()), input.dueWithinDays());
		String note = this.counters.rulesChanging(trustId);
		this.trusts.setAcknowledgementRules(trustId, rules);
		this.counters.rulesChanged(trustId);
		this.counters.done(note);
		return new Payload(rules, List.of());
	}

	private static Payload refused(String field, UserErrorCode code, String message) {
		return new Payload(null, List.of(new UserError(List.of("input", field), code, message)));
	}

	record Input(List<StaffType> audiences, int dueWithinDays) {
	}

	record Payload(AcknowledgementRules rules, List<UserError> userErrors) implements MutationPayload {
	}

}
