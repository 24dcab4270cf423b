package uk.trustboard.api.review;

import java.time.Clock;
import java.time.Instant;
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
 * Gives every published policy a review schedule, the first time it is published, stamped with
 * the time of that write. A later publication leaves the schedule alone: only a recorded review
 * moves it on. ({@link MissingSchedules} makes the ones a stopped process left unmade.)
 */
@Component
public class ReviewSchedules implements PublicationListener {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private final ReviewScheduleRepository schedules;

	private final Clock clock;

	ReviewSchedules(ReviewScheduleRepository schedules, Clock clock) {
		this.schedules = schedules;
		this.clock = clock;
	}

	@Override
	public void variantPublished(PolicyVariant variant, VariantVersion version) {
		this.schedules.createIfAbsent(firstFor(variant, version).writtenAt(this.clock.instant()));
	}

	@Override
	public void trustPolicyPublished(TrustPolicy policy, TrustPolicyVersion version) {
		this.schedules.createIfAbsent(firstFor(policy, version).writtenAt(this.clock.instant()));
	}

	/** The schedule a variant gets when this version is its first published one. */
	static ReviewSchedule firstFor(PolicyVariant variant, VariantVersion version) {
		return forVariant(variant, version, dateOf(version.publishedAt()));
	}

	/** The schedule a trust policy gets when this version is its first published one. */
	static ReviewSchedule firstFor(TrustPolicy policy, TrustPolicyVersion version) {
		return forTrustPolicy(policy, version, dateOf(version.publishedAt()));
	}

	private static LocalDate dateOf(Instant publishedAt) {
		return (publishedAt != null) ? publishedAt.atZone(UK).toLocalDate() : null;
	}

	/**
	 * A school policy's schedule: the next review the document states, otherwise its last review
	 * (or ratification, or writing) plus the cycle it states (a year when it states none); with no
	 * date at all, unscheduled. Its {@code updatedAt} is left at the epoch: whoever stores it stamps
	 * the write ({@link ReviewSchedule#writtenAt}).
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
				variant.policyId(), variant.id(), details.title(), cycle, nextDue, source, owner, last, Instant.EPOCH);
	}

	/** A trust policy's schedule: its approval (or publication) plus its review cycle; stamped as above. */
	public static ReviewSchedule forTrustPolicy(TrustPolicy policy, TrustPolicyVersion version, LocalDate published) {
		LocalDate last = (version.approvedOn() != null) ? version.approvedOn().date() : published;
		var owner = new ReviewOwner((version.approvalLevel() != null) ? version.approvalLevel() : "Trust executive",
				version.author(), null);
		return ReviewSchedule.of(policy.id(), policy.trustId(), null, ReviewTarget.TRUST_POLICY, policy.id(), null,
				policy.title(), policy.reviewCycleMonths(), (last != null) ? last.plusMonths(policy.reviewCycleMonths()) : null,
				(last != null) ? DueSource.LAST_REVIEW_PLUS_CYCLE : DueSource.NONE, owner, last, Instant.EPOCH);
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
