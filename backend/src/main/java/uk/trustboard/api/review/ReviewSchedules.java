package uk.trustboard.api.review;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PublicationListener;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyVersion;
import uk.trustboard.api.policy.VariantDetails;
import uk.trustboard.api.policy.VariantVersion;

/**
 * Gives every published policy a review schedule, the first time it is published. A later
 * publication leaves the schedule alone: only a recorded review moves it on.
 */
@Component
public class ReviewSchedules implements PublicationListener {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private final ReviewScheduleRepository schedules;

	ReviewSchedules(ReviewScheduleRepository schedules) {
		this.schedules = schedules;
	}

	@Override
	public void variantPublished(PolicyVariant variant, VariantVersion version) {
		this.schedules.createIfAbsent(forVariant(variant, version, version.publishedAt().atZone(UK).toLocalDate()));
	}

	@Override
	public void trustPolicyPublished(TrustPolicy policy, TrustPolicyVersion version) {
		LocalDate published = version.publishedAt().atZone(UK).toLocalDate();
		this.schedules.createIfAbsent(forTrustPolicy(policy, version, published));
	}

	/**
	 * A school policy's schedule: the next review the document states, otherwise its last review
	 * (or ratification, or writing) plus the cycle it states (a year when it states none); with no
	 * date at all, unscheduled.
	 */
	public static ReviewSchedule forVariant(PolicyVariant variant, VariantVersion version, LocalDate fallbackLastReview) {
		VariantDetails details = version.details();
		int cycle = (details.reviewCycleMonths() != null) ? details.reviewCycleMonths()
				: ReviewSchedule.DEFAULT_CYCLE_MONTHS;
		LocalDate last = firstDate(details, fallbackLastReview);
		LocalDate nextDue;
		DueSource source;
		if (details.nextReviewDue() != null) {
			nextDue = details.nextReviewDue().date();
			source = DueSource.DOCUMENT;
		}
		else if (last != null) {
			nextDue = last.plusMonths(cycle);
			source = DueSource.LAST_REVIEW_PLUS_CYCLE;
		}
		else {
			nextDue = null;
			source = DueSource.NONE;
		}
		boolean governors = "Governing Body".equalsIgnoreCase(details.reviewedBy())
				|| "Governing Body".equalsIgnoreCase(details.ratifiedBy());
		String named = (details.reviewedBy() != null && !governors) ? details.reviewedBy() : null;
		var owner = new ReviewOwner(governors ? "Governing Body" : "Headteacher", named, null);
		return ReviewSchedule.of(variant.id(), variant.trustId(), variant.schoolId(), ReviewTarget.SCHOOL_POLICY,
				variant.policyId(), variant.id(), details.title(), cycle, nextDue, source, owner, last,
				(last != null) ? last.atStartOfDay(UK).toInstant() : java.time.Instant.EPOCH);
	}

	/** A trust policy's schedule: its approval (or publication) plus its review cycle. */
	public static ReviewSchedule forTrustPolicy(TrustPolicy policy, TrustPolicyVersion version, LocalDate published) {
		LocalDate last = (version.approvedOn() != null) ? version.approvedOn().date() : published;
		var owner = new ReviewOwner((version.approvalLevel() != null) ? version.approvalLevel() : "Trust executive",
				version.author(), null);
		return ReviewSchedule.of(policy.id(), policy.trustId(), null, ReviewTarget.TRUST_POLICY, policy.id(), null,
				policy.title(), policy.reviewCycleMonths(), (last != null) ? last.plusMonths(policy.reviewCycleMonths()) : null,
				(last != null) ? DueSource.LAST_REVIEW_PLUS_CYCLE : DueSource.NONE, owner, last,
				(last != null) ? last.atStartOfDay(UK).toInstant() : java.time.Instant.EPOCH);
	}

	private static LocalDate firstDate(VariantDetails details, LocalDate fallback) {
		if (details.reviewedOn() != null) {
			return details.reviewedOn().date();
		}
		if (details.ratifiedOn() != null) {
			return details.ratifiedOn().date();
		}
		if (details.writtenOn() != null) {
			return details.writtenOn().date();
		}
		return fallback;
	}

}
