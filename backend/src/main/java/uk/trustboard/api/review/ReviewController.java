package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PolicyVariantRepository;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyRepository;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;

@Controller
class ReviewController {

	private final ReviewReporting reporting;

	private final ReviewRecording recording;

	private final ReviewScheduleRepository schedules;

	private final ReviewRepository reviews;

	private final SchoolRepository schools;

	private final PolicyVariantRepository variants;

	private final TrustPolicyRepository policies;

	private final ReviewOwners owners;

	ReviewController(ReviewReporting reporting, ReviewRecording recording, ReviewScheduleRepository schedules,
			ReviewRepository reviews, SchoolRepository schools, PolicyVariantRepository variants,
			TrustPolicyRepository policies, ReviewOwners owners) {
		this.reporting = reporting;
		this.recording = recording;
		this.schedules = schedules;
		this.reviews = reviews;
		this.schools = schools;
		this.variants = variants;
		this.policies = policies;
		this.owners = owners;
	}

	@QueryMapping
	Window<ReviewSchedule> overdueReviews(@Argument LocalDate asOf, @Argument String trustId,
			@Argument List<String> schoolIds, @Argument boolean includeDueSoon, @Argument Instant updatedSince,
			ScrollSubrange subrange) {
		return this.reporting.overdue(new ReviewQuery(asOf, trustId, schoolIds, includeDueSoon, updatedSince),
				Paging.of(subrange));
	}

	@MutationMapping
	RecordReviewPayload recordReview(@Argument RecordReviewInput input) {
		return this.recording.record(input);
	}

	@BatchMapping(typeName = "PolicyVariant", field = "review")
	Map<PolicyVariant, ReviewSchedule> variantReview(List<PolicyVariant> variants) {
		var found = this.schedules.findAllById(Batches.keys(variants, PolicyVariant::id), Callers.scope());
		return Batches.referenced(variants, PolicyVariant::id, found, ReviewSchedule::id);
	}

	@BatchMapping(typeName = "TrustPolicy", field = "review")
	Map<TrustPolicy, ReviewSchedule> trustPolicyReview(List<TrustPolicy> policies) {
		var found = this.schedules.findAllById(Batches.keys(policies, TrustPolicy::id), Callers.scope());
		return Batches.referenced(policies, TrustPolicy::id, found, ReviewSchedule::id);
	}

	@BatchMapping(typeName = "ReviewSchedule")
	Map<ReviewSchedule, School> school(List<ReviewSchedule> schedules) {
		var withSchool = schedules.stream().filter(schedule -> schedule.schoolId() != null).toList();
		var found = this.schools.findAllById(Batches.keys(withSchool, ReviewSchedule::schoolId), Callers.scope());
		return Batches.referenced(withSchool, ReviewSchedule::schoolId, found, School::id);
	}

	@BatchMapping(typeName = "ReviewSchedule")
	Map<ReviewSchedule, PolicyVariant> variant(List<ReviewSchedule> schedules) {
		var forVariants = schedules.stream().filter(schedule -> schedule.variantId() != null).toList();
		var found = this.variants.findBySchoolIds(Batches.keys(forVariants, ReviewSchedule::schoolId), Callers.scope());
		return Batches.referenced(forVariants, ReviewSchedule::variantId, found, PolicyVariant::id);
	}

	@BatchMapping(typeName = "ReviewSchedule")
	Map<ReviewSchedule, TrustPolicy> policy(List<ReviewSchedule> schedules) {
		var found = this.policies.findByTrustIds(Batches.keys(schedules, ReviewSchedule::trustId), Callers.scope());
		return Batches.referenced(schedules, ReviewSchedule::policyId, found, TrustPolicy::id);
	}

	@BatchMapping(typeName = "ReviewSchedule")
	Map<ReviewSchedule, ReviewOwner> owner(List<ReviewSchedule> schedules) {
		return this.owners.owners(schedules, Callers.scope());
	}

	@BatchMapping(typeName = "ReviewSchedule")
	Map<ReviewSchedule, List<Review>> history(List<ReviewSchedule> schedules) {
		var found = this.reviews.findByScheduleIds(Batches.keys(schedules, ReviewSchedule::id), Callers.scope());
		return Batches.children(schedules, ReviewSchedule::id, found, Review::scheduleId);
	}

	/** Computed from the schedule alone: no query. */
	@SchemaMapping(typeName = "ReviewSchedule")
	ReviewStanding standing(ReviewSchedule schedule, @Argument LocalDate asOf) {
		return schedule.standing(asOf);
	}

}
