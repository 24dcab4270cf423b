package uk.trustboard.api.dashboard;

import java.util.List;

import uk.trustboard.api.review.ReviewStanding;

/**
 * Which schools the dashboard lists: those meeting every condition given. Null (or no ratings)
 * leaves a condition out.
 *
 * @param coverageBelow only schools whose coverage percentage is below this
 * @param reviewOverdue only schools with (true) or without (false) an overdue review
 */
record DashboardFilter(List<ComplianceRating> ratings, Double coverageBelow, Boolean reviewOverdue) {

	boolean lists(SchoolCompliance row) {
		return (this.ratings == null || this.ratings.isEmpty() || this.ratings.contains(row.rating()))
				&& (this.coverageBelow == null || row.coveragePercent() < this.coverageBelow)
				&& (this.reviewOverdue == null
						|| this.reviewOverdue == (row.reviewStatus() == ReviewStanding.Status.OVERDUE));
	}

}
