package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

import uk.trustboard.api.acknowledgement.AcknowledgementFixturesAccess;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What recording a review does to the schedule and to the policy: a review with no changes
 * leaves acknowledgements alone, a revision is linked to its version, the same review again
 * changes nothing, and a review never moves the due date earlier.
 */
class ReviewRecordingIntegrationTests extends IntegrationTest {

	private static final String RECORD = """
			mutation($input: RecordReviewInput!) {
			  recordReview(input: $input) {
			    schedule { nextDue lastReviewedOn dueSource updatedAt history { reviewedOn outcome versionNumber } }
			    review { id versionNumber nextDueAfter }
			    userErrors { field code }
			  }
			}""";

	private static final String STATUS = """
			query($variantId: ID!) {
			  acknowledgementStatus(variantId: $variantId, asOf: "2026-11-22") { versionNumber required acknowledged }
			}""";

	@Autowired
	MongoTemplate mongo;

	private String variantId;

	@BeforeEach
	void aFreshLunsfordVariantWithItsSchedule() {
		this.variantId = AcknowledgementFixturesAccess.lunsfordVariantWithSchedule(this.mongo);
	}

	@Test
	void aReviewWithNoChangesLeavesAcknowledgementsAsTheyWereAndMovesTheDueDateOn() {
		as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", "demo-lunsford-teacher-2", "evidence",
					"Signed paper form"))
			.execute()
			.path("acknowledgePolicy.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		var before = status();
		before.path("acknowledgementStatus.versionNumber").entity(Integer.class).isEqualTo(1);
		before.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(1);
		int required = before.path("acknowledgementStatus.required").entity(Integer.class).get();

		var recorded = record(Map.of("scheduleId", this.variantId, "reviewedOn", "2026-11-01", "outcome", "NO_CHANGES"));

		recorded.path("recordReview.userErrors").entityList(Object.class).hasSize(0);
		recorded.path("recordReview.schedule.nextDue").entity(String.class).isEqualTo("2027-11-01");
		var after = status();
		after.path("acknowledgementStatus.versionNumber").entity(Integer.class).isEqualTo(1);
		after.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(1);
		after.path("acknowledgementStatus.required").entity(Integer.class).isEqualTo(required);
		assertThat(liveNumber()).as("a review is not a republish").isEqualTo(1);
	}

	@Test
	void aRevisionIsStoredWithTheVersionItProduced() {
		as("lunsford-head").documentName("editVariantDraft")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", this.variantId, "expectedRevision", 0, "title", "Revised at review"))
			.execute()
			.path("editVariantDraft.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		as("lunsford-head").documentName("publishPolicyVariant")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", this.variantId, "expectedRevision", 1, "kind", "MINOR", "summary",
					"Reviewed and revised"))
			.execute()
			.path("publishPolicyVariant.variant.live.number")
			.entity(Integer.class)
			.isEqualTo(2);

		var recorded = record(Map.of("scheduleId", this.variantId, "reviewedOn", "2026-11-20", "outcome", "REVISED",
				"versionNumber", 2));

		recorded.path("recordReview.userErrors").entityList(Object.class).hasSize(0);
		recorded.path("recordReview.schedule.history[0].versionNumber").entity(Integer.class).isEqualTo(2);
		recorded.path("recordReview.schedule.nextDue").entity(String.class).isEqualTo("2027-11-20");
		String reviewId = recorded.path("recordReview.review.id").entity(String.class).get();
		Review stored = this.mongo.findById(reviewId, Review.class);
		assertThat(stored.outcome()).isEqualTo(ReviewOutcome.REVISED);
		assertThat(stored.versionNumber()).isEqualTo(2);
	}

	@Test
	void recordingTheSameReviewAgainChangesNothing() {
		var input = Map.<String, Object>of("scheduleId", this.variantId, "reviewedOn", "2026-11-01", "outcome",
				"NO_CHANGES", "notes", "Read through with governors");
		String firstChange = record(input).path("recordReview.schedule.updatedAt").entity(String.class).get();

		var again = record(input);

		again.path("recordReview.userErrors").entityList(Object.class).hasSize(0);
		again.path("recordReview.schedule.updatedAt").entity(String.class).isEqualTo(firstChange);
		again.path("recordReview.schedule.history").entityList(Object.class).hasSize(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("scheduleId").is(this.variantId)), Review.class))
			.isEqualTo(1);
		assertThat(this.mongo.findById(this.variantId, ReviewSchedule.class).updatedAt())
			.isEqualTo(Instant.parse(firstChange));
	}

	@Test
	void aReviewDatedBeforeTheLastOneIsRefusedAndChangesNothing() {
		record(Map.of("scheduleId", this.variantId, "reviewedOn", "2026-11-01", "outcome", "NO_CHANGES"));

		var earlier = record(Map.of("scheduleId", this.variantId, "reviewedOn", "2026-10-01", "outcome", "NO_CHANGES"));

		earlier.path("recordReview.userErrors[0].code").entity(String.class).isEqualTo("INVALID_DATE");
		earlier.path("recordReview.userErrors[0].field[1]").entity(String.class).isEqualTo("reviewedOn");
		earlier.path("recordReview.review").valueIsNull();
		var schedule = this.mongo.findById(this.variantId, ReviewSchedule.class);
		assertThat(schedule.nextDue()).isEqualTo(LocalDate.of(2027, 11, 1));
		assertThat(schedule.lastReviewedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
	}

	@Test
	void aReviewNeverMovesTheDueDateEarlierThanTheDocumentSetIt() {
		// the document said: next review in January 2028, later than a year after its last review
		var schedule = this.mongo.findById(this.variantId, ReviewSchedule.class);
		this.mongo.save(ReviewSchedule.of(schedule.id(), schedule.trustId(), schedule.schoolId(), schedule.target(),
				schedule.policyId(), schedule.variantId(), schedule.title(), 12, LocalDate.of(2028, 1, 1),
				DueSource.DOCUMENT, schedule.owner(), LocalDate.of(2026, 9, 1), schedule.updatedAt()));

		var recorded = record(Map.of("scheduleId", this.variantId, "reviewedOn", "2026-10-01", "outcome", "NO_CHANGES"));

		recorded.path("recordReview.userErrors").entityList(Object.class).hasSize(0);
		recorded.path("recordReview.schedule.nextDue").entity(String.class).isEqualTo("2028-01-01");
		recorded.path("recordReview.schedule.dueSource").entity(String.class).isEqualTo("DOCUMENT");
		recorded.path("recordReview.schedule.lastReviewedOn").entity(String.class).isEqualTo("2026-10-01");
		recorded.path("recordReview.review.nextDueAfter").entity(String.class).isEqualTo("2028-01-01");
	}

	private GraphQlTester.Response record(Map<String, Object> input) {
		return as("lunsford-head").document(RECORD).variable("input", input).execute();
	}

	private GraphQlTester.Response status() {
		return as("lunsford-head").document(STATUS).variable("variantId", this.variantId).execute();
	}

	private int liveNumber() {
		return this.mongo.findById(this.variantId, PolicyVariant.class).liveNumber();
	}

}
