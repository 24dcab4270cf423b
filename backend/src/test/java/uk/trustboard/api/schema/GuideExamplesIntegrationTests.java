package uk.trustboard.api.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

import uk.trustboard.api.acknowledgement.AcknowledgementFixturesAccess;
import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked operations of schema/README.md, read from schema/examples/ exactly as the front end
 * sees them, run against the seed data by the persona each story names. The head's and the
 * staff member's stories change data, so they work on a fresh policy of Lunsford's, removed
 * afterwards so that no other test sees it.
 */
class GuideExamplesIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	private static final String AS_OF = "2026-11-22";

	@Autowired
	MongoTemplate mongo;

	private final List<String> fixtures = new ArrayList<>();

	@AfterEach
	void removeTheFreshPolicies() {
		for (String variantId : this.fixtures) {
			String policyId = this.mongo.findById(variantId, org.bson.Document.class, "variants").getString("policyId");
			this.mongo.remove(Query.query(Criteria.where("_id").is(policyId)), "policies");
			for (String collection : List.of("policy_versions", "variants", "variant_versions", "review_schedules")) {
				this.mongo.remove(Query.query(Criteria.where("policyId").is(policyId)), collection);
			}
			for (String collection : List.of("acknowledgements", "acknowledgement_counters", "review_schedules")) {
				this.mongo.remove(Query.query(Criteria.where("variantId").is(variantId)), collection);
			}
		}
	}

	/** A published Lunsford variant of a new trust policy, with its review schedule. */
	private String freshLunsfordPolicy() {
		String variantId = AcknowledgementFixturesAccess.lunsfordVariantWithSchedule(this.mongo);
		this.fixtures.add(variantId);
		return variantId;
	}

	@Test
	void theExecutiveSeesTheSchoolsThatNeedAttentionFirst() {
		GraphQlTester.Response response = as("trust-executive").document(GuideOperations.file("executive-dashboard.graphql"))
			.operationName("ExecutiveDashboard")
			.variable("trustId", TRUST)
			.variable("asOf", AS_OF)
			.execute();

		List<Map<String, Object>> schools = response.path("complianceDashboard.schools").entityList(mapType()).get();
		List<String> ratings = schools.stream().map(row -> (String) row.get("rating")).toList();
		assertThat(ratings).isSortedAccordingTo(Comparator.comparing(List.of("RED", "AMBER", "GREEN")::indexOf));
		response.path("complianceDashboard.totals.schools").entity(Integer.class).isEqualTo(schools.size());
		response.path("complianceDashboard.totals.red").entity(Long.class)
			.isEqualTo(ratings.stream().filter("RED"::equals).count());
		// Lunsford's review was due in September 2025 (seed-data), so it is red for that reason
		response.path("complianceDashboard.schools[?(@.school.id == 'lunsford-primary')].reviewStatus")
			.entityList(String.class).containsExactly("OVERDUE");
		response.path("complianceDashboard.schools[?(@.school.id == 'lunsford-primary')].rating")
			.entityList(String.class).containsExactly("RED");
		response.path("complianceDashboard.schools[?(@.school.id == 'lunsford-primary')].dslNamed")
			.entityList(Boolean.class).containsExactly(true);
	}

	@Test
	void theHeadEditsASectionAndPublishesIt() {
		String variantId = freshLunsfordPolicy();
		String document = GuideOperations.file("head-edit-and-publish-variant.graphql");
		String variant = "school.variants[?(@.id == '" + variantId + "')].";

		GraphQlTester.Response read = as("lunsford-head").document(document)
			.operationName("SchoolPolicies")
			.variable("schoolId", "lunsford-primary")
			.execute();
		read.path(variant + "live.number").entityList(Integer.class).containsExactly(1);
		read.path(variant + "live.sections[*].key").entityList(String.class).containsExactly("1.1");
		int revision = read.path(variant + "revision").entityList(Integer.class).get().getFirst();

		GraphQlTester.Response edited = as("lunsford-head").document(document)
			.operationName("EditVariantDraft")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", revision, "sectionChanges",
					List.of(Map.of("action", "REPLACE", "baseKey", "1.1", "section", Map.of("key", "1.1", "number", "1.1",
							"heading", "Introduction", "body", "Lunsford's own introduction.")))))
			.execute();
		edited.path("editVariantDraft.userErrors").entityList(Object.class).hasSize(0);
		edited.path("editVariantDraft.variant.draft.drift[*].disposition").entityList(String.class).containsExactly("REPLACED");
		edited.path("editVariantDraft.variant.draft.sections[0].body").entity(String.class)
			.isEqualTo("Lunsford's own introduction.");
		int edit = edited.path("editVariantDraft.variant.revision").entity(Integer.class).get();

		// someone who read before the edit is told, and shown the variant as it now is
		as("lunsford-head").document(document)
			.operationName("EditVariantDraft")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", revision, "title", "Too late"))
			.execute()
			.path("editVariantDraft.userErrors[0].code").entity(String.class).isEqualTo("CONCURRENT_CHANGE");

		GraphQlTester.Response published = as("lunsford-head").document(document)
			.operationName("PublishVariant")
			.variable("input", Map.of("variantId", variantId, "expectedRevision", edit, "kind", "MINOR", "summary",
					"Our own introduction"))
			.execute();
		published.path("publishPolicyVariant.userErrors").entityList(Object.class).hasSize(0);
		published.path("publishPolicyVariant.variant.live.number").entity(Integer.class).isEqualTo(2);
		published.path("publishPolicyVariant.variant.live.kind").entity(String.class).isEqualTo("MINOR");
		published.path("publishPolicyVariant.variant.live.publishedBy").entity(String.class).isEqualTo("lunsford-head");
		published.path("publishPolicyVariant.variant.live.driftedSectionCount").entity(Integer.class).isEqualTo(1);
		published.path("publishPolicyVariant.variant.draft").valueIsNull();
	}

	@Test
	void theStaffMemberAcknowledgesWhatIsOutstanding() {
		String variantId = freshLunsfordPolicy();
		String document = GuideOperations.file("staff-acknowledge.graphql");
		String outstanding = "myOutstandingPolicies[?(@.variant.id == '" + variantId + "')].";

		GraphQlTester.Response before = as("lunsford-staff").document(document)
			.operationName("MyOutstandingPolicies")
			.variable("asOf", AS_OF)
			.execute();
		// published on 1 September 2026 with 30 days to acknowledge
		before.path(outstanding + "overdue").entityList(Boolean.class).containsExactly(true);
		before.path(outstanding + "versionNumber").entityList(Integer.class).containsExactly(1);

		GraphQlTester.Response acknowledged = acknowledge(document, variantId);
		acknowledged.path("acknowledgePolicy.userErrors").entityList(Object.class).hasSize(0);
		acknowledged.path("acknowledgePolicy.acknowledgement.method").entity(String.class).isEqualTo("SELF");
		acknowledged.path("acknowledgePolicy.acknowledgement.versionNumber").entity(Integer.class).isEqualTo(1);
		String id = acknowledged.path("acknowledgePolicy.acknowledgement.id").entity(String.class).get();

		acknowledge(document, variantId).path("acknowledgePolicy.acknowledgement.id").entity(String.class).isEqualTo(id);
		as("lunsford-staff").document(document)
			.operationName("MyOutstandingPolicies")
			.variable("asOf", AS_OF)
			.execute()
			.path("myOutstandingPolicies[*].variant.id").entityList(String.class).doesNotContain(variantId);
	}

	@Test
	void theIntegrationPagesThroughEveryOverdueReview() {
		String document = GuideOperations.file("integration-overdue-reviews.graphql");
		List<Map<String, Object>> nodes = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = as("integration").document(document)
				.operationName("OverdueReviews")
				.variable("trustId", TRUST)
				.variable("asOf", AS_OF)
				.variable("first", 2)
				.variable("after", after)
				.execute();
			nodes.addAll(page.path("overdueReviews.edges[*].node").entityList(mapType()).get());
			more = page.path("overdueReviews.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("overdueReviews.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}

		List<String> ids = nodes.stream().map(node -> (String) node.get("id")).toList();
		assertThat(pages).isGreaterThan(1);
		assertThat(ids).doesNotHaveDuplicates()
			.contains("cop-lane-ce-primary-network-and-social-media", "monkhouse-primary-social-networking",
					"lunsford-primary-social-media");
		assertThat(nodes).extracting(node -> (String) node.get("nextDue")).isSorted();
		assertThat(nodes).allSatisfy(node -> assertThat(node.get("standing"))
			.isEqualTo(Map.of("status", "OVERDUE", "daysOverdue", overdueDays((String) node.get("nextDue")))));
	}

	private GraphQlTester.Response acknowledge(String document, String variantId) {
		return as("lunsford-staff").document(document)
			.operationName("AcknowledgePolicy")
			.variable("variantId", variantId)
			.execute();
	}

	private static int overdueDays(String nextDue) {
		return (int) java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(nextDue),
				java.time.LocalDate.parse(AS_OF));
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
