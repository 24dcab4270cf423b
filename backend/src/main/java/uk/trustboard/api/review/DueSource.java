package uk.trustboard.api.review;

/** Where a schedule's next due date comes from. */
public enum DueSource {

	/** The policy document states it (e.g. "Date of next review: September 2025"). */
	DOCUMENT,

	/** The last review (or approval) plus the review cycle. */
	LAST_REVIEW_PLUS_CYCLE,

	/** No date is known: the review is unscheduled. */
	NONE

}
