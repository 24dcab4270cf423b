package uk.trustboard.api.graphql;

import org.jspecify.annotations.Nullable;

/**
 * What a document asks of the service, as {@link QueryMeasure} found it. Counts that overflow
 * stay at {@link Long#MAX_VALUE}.
 *
 * @param depth the deepest nesting of fields, in any operation
 * @param cost the cost of the operation that runs
 * @param fields field selections in every operation, fragments expanded
 * @param aliases aliased fields in every operation, fragments expanded
 * @param directives directives written anywhere in the document
 * @param largestPage the largest {@code first} argument
 * @param cycle a fragment that spreads itself, directly or not; null when there is none
 */
record QueryShape(int depth, long cost, long fields, long aliases, long directives, long largestPage,
		@Nullable String cycle) {

}
