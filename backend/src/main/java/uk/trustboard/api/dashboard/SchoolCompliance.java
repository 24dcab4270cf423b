package uk.trustboard.api.dashboard;

import java.util.List;

import uk.trustboard.api.review.ReviewStanding;
import uk.trustboard.api.school.School;

/** One school's row of the dashboard, with the reasons behind its rating. */
record SchoolCompliance(School school, ComplianceRating rating, List<String> reasons, boolean dslNamed,
		boolean leadGovernorNamed, int unmanagedChannels, VariantState variantState, boolean staleBase,
		int driftedSections, ReviewStanding.Status reviewStatus, long reviewDaysOverdue, long required,
		long acknowledged, long overdueAcknowledgements) {

	public double coveragePercent() {
		return Coverage.percent(this.acknowledged, this.required);
	}

}
