package uk.trustboard.api.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyRepository;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.Permission;
import uk.trustboard.api.security.TenantScope;

/**
 * Heads record reviews of their schools' policies, executives of the trust's. A review with no
 * changes moves the next due date on and leaves acknowledgements alone (it is not a republish);
 * a revision names the version it produced. Reviews are recorded in the order they took place:
 * one dated before the last is refused, and a review never moves the due date earlier (so paging
 * through the overdue list skips nothing while reviews are recorded).
 *
 * <p>The history entry's id is made of the schedule, the date and the outcome, so recording the
 * same review again changes nothing. If a process stopped between writing the entry and moving
 * the schedule, recording it again moves the schedule then.
 */
@Service
class ReviewRecording {

	private final ReviewScheduleRepository schedules;

	private final ReviewRepository reviews;

	private final PolicyVariantRepository variants;

	private final TrustPolicyRepository policies;

	private final Clock clock;

	ReviewRecording(ReviewScheduleRepository schedules, ReviewRepository reviews, PolicyVariantRepository variants,
			TrustPolicyRepository policies, Clock clock) {
		this.schedules = schedules;
		this.reviews = reviews;
		this.variants = variants;
		this.policies = policies;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL') or hasAuthority('MANAGE_TRUST_POLICY')")
	RecordReviewPayload record(RecordReviewInput input) {
		Caller caller = Callers.current();
		TenantScope scope = caller.scope();
		ReviewSchedule schedule = this.schedules.findById(input.scheduleId(), scope)
			.orElseThrow(() -> new NotFoundException("review schedule", input.scheduleId()));
		Permission needed = (schedule.target() == ReviewTarget.SCHOOL_POLICY) ? Permission.MANAGE_SCHOOL
				: Permission.MANAGE_TRUST_POLICY;
		if (!caller.permissions().contains(needed)) {
			throw new AccessDeniedException("Reviews of this policy are recorded by " + needed);
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ReviewSchedules.UK));
		if (input.reviewedOn().isAfter(today)) {
			return RecordReviewPayload.refused(schedule, "reviewedOn", UserErrorCode.INVALID_DATE,
					"a review cannot be recorded before it happens (" + input.reviewedOn() + " is after " + today + ")");
		}
		if (input.notes() != null && input.notes().length() > 5_000) {
			return RecordReviewPayload.refused(schedule, "notes", UserErrorCode.TOO_LONG, "notes must be at most 5000 characters");
		}
		if (input.outcome() == ReviewOutcome.REVISED && !published(schedule, input.versionNumber(), scope)) {
			return RecordReviewPayload.refused(schedule, "versionNumber", UserErrorCode.REQUIRED,
					"a revision names the published version it produced");
		}
		if (input.outcome() == ReviewOutcome.NO_CHANGES && input.versionNumber() != null) {
			return RecordReviewPayload.refused(schedule, "versionNumber", UserErrorCode.INVALID_FORMAT,
					"a review with no changes produced no version");
		}
		String id = schedule.id() + ":" + input.reviewedOn() + ":" + input.outcome();
		var recorded = this.reviews.findById(id, scope);
		if (recorded.isPresent()) {
			return again(schedule, recorded.get(), scope);
		}
		if (schedule.lastReviewedOn() != null && input.reviewedOn().isBefore(schedule.lastReviewedOn())) {
			return RecordReviewPayload.refused(schedule, "reviewedOn", UserErrorCode.INVALID_DATE,
					"the last review was on " + schedule.lastReviewedOn() + ": record reviews in the order they took place");
		}
		LocalDate cycleOn = input.reviewedOn().plusMonths(schedule.cycleMonths());
		LocalDate nextDue = (schedule.nextDue() != null && schedule.nextDue().isAfter(cycleOn)) ? schedule.nextDue()
				: cycleOn;
		var review = new Review(id, schedule.id(), schedule.trustId(), schedule.schoolId(), input.reviewedOn(),
				input.outcome(), input.versionNumber(), (input.notes() != null) ? input.notes().strip() : null,
				caller.subject(), this.clock.instant(), nextDue);
		if (!this.reviews.insert(review)) {
			// the same review, recorded by a concurrent call
			return again(schedule, this.reviews.findById(id, scope).orElseThrow(), scope);
		}
		ReviewSchedule moved = this.schedules.reviewed(schedule.id(), input.reviewedOn(), nextDue, this.clock.instant(), scope)
			.orElseThrow(() -> new NotFoundException("review schedule", input.scheduleId()));
		return new RecordReviewPayload(moved, review, List.of());
	}

	/** A review recorded before: the schedule as it is, unless it never moved for it. */
	private RecordReviewPayload again(ReviewSchedule schedule, Review review, TenantScope scope) {
		if (ReviewScheduleRepository.shows(schedule, review.reviewedOn(), review.nextDueAfter())) {
			return new RecordReviewPayload(schedule, review, List.of());
		}
		ReviewSchedule moved = this.schedules
			.reviewed(schedule.id(), review.reviewedOn(), review.nextDueAfter(), this.clock.instant(), scope)
			.orElseThrow(() -> new NotFoundException("review schedule", schedule.id()));
		return new RecordReviewPayload(moved, review, List.of());
	}

	private boolean published(ReviewSchedule schedule, Integer number, TenantScope scope) {
		if (number == null || number < 1) {
			return false;
		}
		if (schedule.target() == ReviewTarget.SCHOOL_POLICY) {
			return this.variants.findById(schedule.variantId(), scope).map(PolicyVariant::liveNumber).orElse(0) >= number;
		}
		return this.policies.findByTrustIds(List.of(schedule.trustId()), scope)
			.stream()
			.filter(policy -> policy.id().equals(schedule.policyId()))
			.map(TrustPolicy::currentNumber)
			.findFirst()
			.orElse(0) >= number;
	}

}
