package uk.trustboard.api.review;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

record RecordReviewPayload(ReviewSchedule schedule, Review review, List<UserError> userErrors)
		implements MutationPayload {

	static RecordReviewPayload refused(ReviewSchedule schedule, String field, uk.trustboard.api.graphql.UserErrorCode code,
			String message) {
		return new RecordReviewPayload(schedule, null, List.of(new UserError(List.of("input", field), code, message)));
	}

}
