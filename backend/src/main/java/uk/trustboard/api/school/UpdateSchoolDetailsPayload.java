package uk.trustboard.api.school;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

record UpdateSchoolDetailsPayload(School school, List<UserError> userErrors) implements MutationPayload {
}
