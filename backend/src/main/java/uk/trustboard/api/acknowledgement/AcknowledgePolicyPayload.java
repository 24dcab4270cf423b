package uk.trustboard.api.acknowledgement;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

record AcknowledgePolicyPayload(Acknowledgement acknowledgement, List<UserError> userErrors)
		implements MutationPayload {

	static AcknowledgePolicyPayload refused(String field, uk.trustboard.api.graphql.UserErrorCode code, String message) {
		return new AcknowledgePolicyPayload(null, List.of(new UserError(List.of("input", field), code, message)));
	}

}
