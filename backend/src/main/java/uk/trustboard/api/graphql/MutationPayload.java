package uk.trustboard.api.graphql;

import java.util.List;

/** What every mutation returns: its result, and what was wrong with the input when nothing was done. */
public interface MutationPayload {

	List<UserError> userErrors();

}
