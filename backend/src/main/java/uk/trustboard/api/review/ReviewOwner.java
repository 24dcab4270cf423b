package uk.trustboard.api.review;

/**
 * Who answers for a review: a role, and a named person where the document names one.
 *
 * @param role e.g. "Governing Body" or "Headteacher"
 * @param name e.g. "Mr I. Ashmore"; null when none is named
 * @param contact how to reach them (an address or web page), where known
 */
public record ReviewOwner(String role, String name, String contact) {
}
