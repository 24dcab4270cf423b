package uk.trustboard.api.people;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

/**
 * What an import did, row by row. Bad rows are {@code rowErrors}, not {@code userErrors}: the
 * good rows of the same call are stored, and the audit records the call as succeeded. User
 * errors refuse the whole call (nothing stored).
 */
record ImportStaffPayload(int created, int updated, int unchanged, int rejected, List<StaffRowError> rowErrors,
		List<UserError> userErrors) implements MutationPayload {

	static ImportStaffPayload refused(UserError error) {
		return new ImportStaffPayload(0, 0, 0, 0, List.of(), List.of(error));
	}

}
