package uk.trustboard.api.policy;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

/** The variant as it now is (also after a refused change, so a conflict shows the current state). */
record PolicyVariantPayload(PolicyVariant variant, List<UserError> userErrors) implements MutationPayload {

	static PolicyVariantPayload of(PolicyVariant variant) {
		return new PolicyVariantPayload(variant, List.of());
	}

	static PolicyVariantPayload refused(PolicyVariant variant, List<UserError> errors) {
		return new PolicyVariantPayload(variant, List.copyOf(errors));
	}

}
