package uk.trustboard.api.policy;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

/** The trust policy as it now is (also after a refused change, so a conflict shows the current state). */
record TrustPolicyPayload(TrustPolicy policy, List<UserError> userErrors) implements MutationPayload {

	static TrustPolicyPayload of(TrustPolicy policy) {
		return new TrustPolicyPayload(policy, List.of());
	}

	static TrustPolicyPayload refused(TrustPolicy policy, List<UserError> errors) {
		return new TrustPolicyPayload(policy, List.copyOf(errors));
	}

}
