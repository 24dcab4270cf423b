package uk.trustboard.api.dashboard;

import java.time.LocalDate;
import java.util.List;

record ComplianceDashboard(LocalDate asOf, Totals totals, List<SchoolCompliance> schools) {

	record Totals(int schools, int red, int amber, int green, int overdueReviews, long required, long acknowledged,
			long overdueAcknowledgements) {

		public double coveragePercent() {
			return Coverage.percent(this.acknowledged, this.required);
		}

		static Totals of(List<SchoolCompliance> rows) {
			return new Totals(rows.size(), count(rows, ComplianceRating.RED), count(rows, ComplianceRating.AMBER),
					count(rows, ComplianceRating.GREEN),
					(int) rows.stream().filter(row -> row.reviewStatus() == uk.trustboard.api.review.ReviewStanding.Status.OVERDUE).count(),
					rows.stream().mapToLong(SchoolCompliance::required).sum(),
					rows.stream().mapToLong(SchoolCompliance::acknowledged).sum(),
					rows.stream().mapToLong(SchoolCompliance::overdueAcknowledgements).sum());
		}

		private static int count(List<SchoolCompliance> rows, ComplianceRating rating) {
			return (int) rows.stream().filter(row -> row.rating() == rating).count();
		}

	}

}
