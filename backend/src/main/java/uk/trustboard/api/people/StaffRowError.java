package uk.trustboard.api.people;

import uk.trustboard.api.graphql.UserErrorCode;

/**
 * What is wrong with one row of an import, which was therefore not stored.
 *
 * @param row the row's position in the call's rows, counting from 1
 * @param externalId the row's external id, when it has a usable one
 * @param field the input field at fault, e.g. {@code email}
 */
record StaffRowError(int row, String externalId, String field, UserErrorCode code, String message) {
}
