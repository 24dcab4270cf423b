package uk.trustboard.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.policy.PolicySection;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.policy.PublicationKind;
import uk.trustboard.api.policy.TrustPolicy;
import uk.trustboard.api.policy.TrustPolicyVersion;
import uk.trustboard.api.policy.VariantDetails;
import uk.trustboard.api.policy.VariantSection;
import uk.trustboard.api.policy.VariantVersion;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.Trust;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where schedules come from: the first publication of a school's or the trust's policy, or, when
 * a process stopped between making a version live and scheduling its review, the next start.
 * Their {@code updatedAt} is the time of the write, so an integration can poll for what changed.
 */
class ReviewScheduleCreationIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	private static final String LUNSFORD = "lunsford-primary";

	private static final String VARIANT_REVIEW = """
			query($school: ID!) {
			  school(id: $school) { variants { id review { nextDue dueSource lastReviewedOn updatedAt owner { role } } } }
			}""";

	private static final String POLICY_REVIEW = """
			query($trust: ID!) { trust(id: $trust) { policies { id review { nextDue dueSource lastReviewedOn updatedAt } } } }""";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MissingSchedules missing;

	@Test
	void publishingASchoolsPolicyForTheFirstTimeSchedulesItsReview() {
		String policyId = trustPolicy(TRUST, "creation-" + UUID.randomUUID());
		var created = as("lunsford-head").documentName("createPolicyVariant")
			.fragmentName("variantState")
			.variable("input", Map.of("schoolId", LUNSFORD, "policyId", policyId))
			.execute();
		String variantId = created.path("createPolicyVariant.variant.id").entity(String.class).get();
		int revision = created.path("createPolicyVariant.variant.revision").entity(Integer.class).get();

		as("lunsford-head").documentName("publishPolicyVariant")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", revision, "kind", "MAJOR", "summary",
					"First"))
			.execute()
			.path("publishPolicyVariant.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		String review = "school.variants[?(@.id == '" + variantId + "')].review.";
		var response = as("lunsford-head").document(VARIANT_REVIEW).variable("school", LUNSFORD).execute();
		response.path(review + "nextDue").entityList(String.class).containsExactly("2027-11-22");
		response.path(review + "dueSource").entityList(String.class).containsExactly("LAST_REVIEW_PLUS_CYCLE");
		response.path(review + "lastReviewedOn").entityList(String.class).containsExactly("2026-11-22");
		response.path(review + "owner.role").entityList(String.class).containsExactly("Headteacher");
		assertThat(Instant.parse(response.path(review + "updatedAt").entityList(String.class).get().get(0)))
			.as("when it was written, not midnight of a date")
			.isAfterOrEqualTo(CLOCK_START);
	}

	@Test
	void publishingATrustPolicySchedulesItsReview() {
		String policyId = trustPolicy(TRUST, "creation-" + UUID.randomUUID());
		as("trust-executive").documentName("editTrustPolicyDraft")
			.fragmentName("policyState")
			.variable("input", Map.of("policyId", policyId, "expectedRevision", 0, "title", "Creation Policy 2026"))
			.execute()
			.path("editTrustPolicyDraft.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		var trustPolicyReview = "trust.policies[?(@.id == '" + policyId + "')].review";
		as("trust-executive").document(POLICY_REVIEW)
			.variable("trust", TRUST)
			.execute()
			.path(trustPolicyReview)
			.entityList(Object.class)
			.satisfies(reviews -> assertThat(reviews).containsOnlyNulls());

		as("trust-executive").documentName("publishTrustPolicy")
			.fragmentName("policyState")
			.variable("input", Map.of("policyId", policyId, "expectedRevision", 1, "kind", "MAJOR", "summary", "New"))
			.execute()
			.path("publishTrustPolicy.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		var response = as("trust-executive").document(POLICY_REVIEW).variable("trust", TRUST).execute();
		response.path(trustPolicyReview + ".nextDue").entityList(String.class).containsExactly("2027-11-22");
		response.path(trustPolicyReview + ".lastReviewedOn").entityList(String.class).containsExactly("2026-11-22");
		assertThat(Instant.parse(response.path(trustPolicyReview + ".updatedAt").entityList(String.class).get().get(0)))
			.isAfterOrEqualTo(CLOCK_START);
	}

	@Test
	void theSeedsSchedulesAreStampedWithTheTimeTheyWereLoaded() {
		// loaded as the application started, at CLOCK_START; a review since would only be later
		assertThat(this.mongo.findById("asset-education-social-media", ReviewSchedule.class).updatedAt())
			.isAfterOrEqualTo(CLOCK_START);
		assertThat(this.mongo.findById("monkhouse-primary-social-networking", ReviewSchedule.class).updatedAt())
			.isAfterOrEqualTo(CLOCK_START);
	}

	@Test
	void aPolicyMadeLiveButNeverScheduledIsScheduledWhenTheServiceStarts() {
		String trust = "creation-heal-trust";
		String school = "creation-heal-school";
		this.mongo.save(new Trust(trust, "Creation Heal Trust (fictional)"));
		this.mongo.save(new School(school, trust, "Heal School (fictional)", null, SchoolPhase.PRIMARY, null, null, null,
				null, null));
		String policyId = trustPolicy(trust, "creation-heal-policy");
		String variantId = liveVariant(trust, school, policyId);
		var executive = withToken(TestIssuer.sign(TestIssuer.claims("heal-executive", "TRUST_EXECUTIVE", trust, List.of())
			.build()));
		String variantReview = "school.variants[?(@.id == '" + variantId + "')].review";
		String policyReview = "trust.policies[?(@.id == '" + policyId + "')].review";
		executive.document(VARIANT_REVIEW)
			.variable("school", school)
			.execute()
			.path(variantReview)
			.entityList(Object.class)
			.satisfies(reviews -> assertThat(reviews).containsOnlyNulls());

		assertThat(this.missing.createMissing(trust)).as("schedules made").isEqualTo(2);

		executive.document(VARIANT_REVIEW)
			.variable("school", school)
			.execute()
			.path(variantReview + ".nextDue")
			.entityList(String.class)
			.containsExactly("2027-09-01");
		executive.document(POLICY_REVIEW)
			.variable("trust", trust)
			.execute()
			.path(policyReview + ".nextDue")
			.entityList(String.class)
			.containsExactly("2027-06-01");
		assertThat(this.missing.createMissing(trust)).as("a second start finds nothing missing").isZero();
	}

	@Test
	void aPollWithUpdatedSinceReturnsOnlyTheSchedulesChangedSinceThen() {
		String trust = "creation-poll-trust";
		this.mongo.save(new Trust(trust, "Creation Poll Trust (fictional)"));
		for (String id : List.of("a", "b", "c")) {
			LocalDate due = LocalDate.parse("2025-01-01");
			this.mongo.insert(ReviewSchedule.of("creation-poll-" + id, trust, null, ReviewTarget.TRUST_POLICY,
					"creation-poll-policy-" + id, null, "Policy " + id, 12, due, DueSource.LAST_REVIEW_PLUS_CYCLE,
					new ReviewOwner("Trust executive", null, null), due.minusMonths(12), Instant.EPOCH));
		}
		var executive = withToken(TestIssuer.sign(TestIssuer.claims("poll-executive", "TRUST_EXECUTIVE", trust, List.of())
			.build()));

		// reviews dated long ago: each schedule moves on but stays overdue
		Instant a = changedAt(review(executive, "creation-poll-a", "2024-03-01"));
		Instant b = changedAt(review(executive, "creation-poll-b", "2024-02-01"));

		assertThat(b).isAfter(a);
		assertThat(poll(executive, trust, b)).containsExactly("creation-poll-b");
		assertThat(poll(executive, trust, a)).containsExactly("creation-poll-b", "creation-poll-a");
		assertThat(poll(executive, trust, null)).containsExactly("creation-poll-c", "creation-poll-b", "creation-poll-a");
	}

	private GraphQlTester.Response review(HttpGraphQlTester tester, String id,
			String reviewedOn) {
		return tester.document("""
				mutation($input: RecordReviewInput!) {
				  recordReview(input: $input) { schedule { updatedAt } userErrors { code } }
				}""")
			.variable("input", Map.of("scheduleId", id, "reviewedOn", reviewedOn, "outcome", "NO_CHANGES"))
			.execute();
	}

	private static Instant changedAt(GraphQlTester.Response response) {
		response.path("recordReview.userErrors").entityList(Object.class).hasSize(0);
		return Instant.parse(response.path("recordReview.schedule.updatedAt").entity(String.class).get());
	}

	private static List<String> poll(HttpGraphQlTester tester, String trust, Instant updatedSince) {
		return tester.documentName("overdueReviews")
			.variable("asOf", "2026-11-22")
			.variable("trustId", trust)
			.variable("updatedSince", (updatedSince != null) ? updatedSince.toString() : null)
			.variable("first", 100)
			.execute()
			.path("overdueReviews.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	/** A trust policy with version 1 live (approved 1 June 2026) and no review schedule. */
	private String trustPolicy(String trust, String policyId) {
		var section = new PolicySection("1.1", "1.1", "Introduction", "Trust text.", List.of());
		this.mongo.save(new TrustPolicyVersion(TrustPolicyVersion.idOf(policyId, 1), trust, policyId, 1, "V1.0",
				"Creation Policy", null, "A. Author (fictional)", "Executive",
				DocumentDate.parse("2026-06-01"), List.of(section), PublicationKind.MAJOR,
				"First", null, Instant.parse("2026-06-01T09:00:00Z"), 0));
		this.mongo.save(new TrustPolicy(policyId, trust, "Creation Policy", 12, 1, null, null, 0));
		return policyId;
	}

	/** A school's variant with version 1 live (published 1 September 2026) and no review schedule. */
	private String liveVariant(String trust, String school, String policyId) {
		String variantId = school + "--" + policyId;
		var details = new VariantDetails("Heal School's policy", null, null, null, null, null, null, null, 12, null, null);
		var live = new VariantVersion(VariantVersion.idOf(variantId, 1), trust, school, variantId, policyId, 1,
				PublicationKind.MAJOR, "First", "head", Instant.parse("2026-09-01T08:00:00Z"), 1, details,
				List.of(VariantSection.inherited("1.1")), List.of(), 0, 1);
		this.mongo.save(live);
		this.mongo.save(new PolicyVariant(variantId, trust, school, policyId, live, null, 0));
		return variantId;
	}

}
