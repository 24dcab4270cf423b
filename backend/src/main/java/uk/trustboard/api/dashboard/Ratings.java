package uk.trustboard.api.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.review.ReviewStanding;
import uk.trustboard.api.school.School;

/**
 * The red/amber/green rules. Red: what a school must fix now (no DSL, an overdue review, no
 * published policy, fewer than half acknowledged). Amber: what to attend to (no lead governor, a
 * channel with no current manager, a stale base, a review due soon, acknowledgements overdue or under 90%).
 */
final class Ratings {

	private Ratings() {
	}

	static SchoolCompliance rate(School school, List<Appointment> held, int unmanaged, List<PolicyVariant> variants,
			Map<String, Integer> currentBase, ReviewStanding review, long required, long acknowledged,
			long overdueAcknowledgements) {
		boolean dsl = held.stream().anyMatch(appointment -> appointment.role() == AppointmentRole.DSL);
		boolean governor = held.stream().anyMatch(appointment -> appointment.role() == AppointmentRole.LEAD_GOVERNOR);
		VariantState state = variants.stream().anyMatch(variant -> variant.live() != null) ? VariantState.PUBLISHED
				: variants.isEmpty() ? VariantState.NONE : VariantState.DRAFT_ONLY;
		boolean stale = variants.stream().anyMatch(variant -> base(variant) < currentBase.getOrDefault(variant.policyId(), 0));
		int drifted = variants.stream()
			.filter(variant -> variant.live() != null)
			.mapToInt(variant -> variant.live().driftedSectionCount())
			.sum();
		ReviewStanding.Status reviewStatus = (review != null) ? review.status() : ReviewStanding.Status.UNSCHEDULED;
		long daysOverdue = (review != null) ? review.daysOverdue() : 0;
		double coverage = Coverage.percent(acknowledged, required);

		List<String> red = new ArrayList<>();
		List<String> amber = new ArrayList<>();
		if (!dsl) {
			red.add("No Designated Safeguarding Lead is named");
		}
		if (state != VariantState.PUBLISHED) {
			red.add(state == VariantState.NONE ? "No policy adopted" : "Only a draft: no published policy");
		}
		if (reviewStatus == ReviewStanding.Status.OVERDUE) {
			red.add("Policy review overdue by " + daysOverdue + " days");
		}
		if (state == VariantState.PUBLISHED && required > 0 && coverage < 50) {
			red.add("Only " + coverage + "% of staff have acknowledged the policy");
		}
		if (!governor) {
			amber.add("No lead governor is named");
		}
		if (unmanaged > 0) {
			amber.add(unmanaged + " active channel(s) with no current manager");
		}
		if (stale) {
			amber.add("Based on an older version of the trust policy");
		}
		if (reviewStatus == ReviewStanding.Status.DUE_SOON) {
			amber.add("Policy review due soon");
		}
		if (reviewStatus == ReviewStanding.Status.UNSCHEDULED && state == VariantState.PUBLISHED) {
			amber.add("No review date is set");
		}
		if (overdueAcknowledgements > 0) {
			amber.add(overdueAcknowledgements + " acknowledgement(s) overdue");
		}
		if (state == VariantState.PUBLISHED && required > 0 && coverage >= 50 && coverage < 90) {
			amber.add(coverage + "% of staff have acknowledged the policy");
		}
		ComplianceRating rating = !red.isEmpty() ? ComplianceRating.RED
				: !amber.isEmpty() ? ComplianceRating.AMBER : ComplianceRating.GREEN;
		List<String> reasons = new ArrayList<>(red);
		reasons.addAll(amber);
		return new SchoolCompliance(school, rating, reasons, dsl, governor, unmanaged, state, stale, drifted, reviewStatus,
				daysOverdue, required, acknowledged, overdueAcknowledgements);
	}

	private static int base(PolicyVariant variant) {
		return (variant.live() != null) ? variant.live().baseVersion()
				: (variant.draft() != null) ? variant.draft().baseVersion() : Integer.MAX_VALUE;
	}

}
