package uk.trustboard.api.acknowledgement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.support.CollectionSnapshot;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who still has to acknowledge, and who is late: a policy falls due 30 days after publication
 * (1 September 2026 here), or after the person's start date if they started later; people who
 * have left are neither required nor outstanding.
 */
class OutstandingAcknowledgementsIntegrationTests extends IntegrationTest {

	/** Started before publication (2019): due 1 October. */
	private static final String TEACHER = "demo-lunsford-teacher-1";

	@Autowired
	MongoTemplate mongo;

	private CollectionSnapshot people;

	private String variantId;

	@BeforeEach
	void aFreshlyPublishedPolicy() {
		this.people = CollectionSnapshot.of(this.mongo, "people");
		this.variantId = AcknowledgementFixtures.lunsfordVariant(this.mongo);
	}

	@AfterEach
	void putBack() {
		AcknowledgementFixtures.remove(this.mongo, this.variantId);
		this.people.restore();
	}

	@Test
	void someoneWhoStartedAfterPublicationIsDueThirtyDaysAfterTheirStart() {
		Person starter = imported("ack-late-starter", "ACTIVE", "2026-10-01");

		assertThat(mine(signedInAs(starter), "2026-10-31")).isEqualTo(Map.of("dueOn", "2026-10-31", "overdue", false));
		assertThat(mine(signedInAs(starter), "2026-11-01")).isEqualTo(Map.of("dueOn", "2026-10-31", "overdue", true));
		assertThat(mine(as("lunsford-staff"), "2026-10-31")).isEqualTo(Map.of("dueOn", "2026-10-01", "overdue", true));

		assertThat(overdue("2026-10-31", true)).contains(TEACHER).doesNotContain(starter.id());
		assertThat(overdue("2026-10-31", false)).contains(starter.id()).doesNotContain(TEACHER);
		assertThat(overdue("2026-11-01", true)).contains(TEACHER, starter.id());
		for (String asOf : List.of("2026-10-31", "2026-11-01")) {
			var status = status(asOf, null);
			long count = status.path("acknowledgementStatus.overdue").entity(Long.class).get();
			long outstanding = status.path("acknowledgementStatus.outstanding").entity(Long.class).get();
			assertThat(overdue(asOf, true)).as("the overdue people listed on %s", asOf).hasSize((int) count);
			assertThat(overdue(asOf, false)).as("the people not yet due on %s", asOf).hasSize((int) (outstanding - count));
		}
	}

	@Test
	void nobodyIsOverdueBeforeThePolicyItselfIsThirtyDaysOld() {
		status("2026-10-01", null).path("acknowledgementStatus.overdue").entity(Integer.class).isEqualTo(0);
		assertThat(overdue("2026-10-01", true)).isEmpty();
		assertThat(overdue("2026-10-01", false)).contains(TEACHER);
		assertThat(overdue("2026-10-02", true)).contains(TEACHER);
	}

	@Test
	void peopleWhoHaveLeftAreNeitherRequiredNorOutstandingAndTheirAcknowledgementsStopCounting() {
		Person leaver = imported("ack-leaver", "ACTIVE", "2025-09-01");
		Person acknowledged = imported("ack-leaver-acknowledged", "ACTIVE", "2025-09-01");
		as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", acknowledged.id(), "evidence", "Signed form"))
			.execute()
			.path("acknowledgePolicy.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		var before = status("2026-11-22", null);
		int required = before.path("acknowledgementStatus.required").entity(Integer.class).get();
		before.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(1);
		before.path("acknowledgementStatus.outstandingPeople.edges[*].node.id").entityList(String.class).contains(leaver.id());
		assertThat(mine(signedInAs(leaver), "2026-11-22")).isNotNull();

		imported("ack-leaver", "LEFT", "2025-09-01");
		imported("ack-leaver-acknowledged", "LEFT", "2025-09-01");

		var after = status("2026-11-22", null);
		after.path("acknowledgementStatus.required").entity(Integer.class).isEqualTo(required - 2);
		after.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(0);
		after.path("acknowledgementStatus.outstanding").entity(Integer.class).isEqualTo(required - 2);
		after.path("acknowledgementStatus.outstandingPeople.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(leaver.id(), acknowledged.id());
		assertThat(mine(signedInAs(leaver), "2026-11-22")).isNull();
	}

	/** A person imported (or changed) through the real import, as a Lunsford teacher. */
	private Person imported(String externalId, String status, String startDate) {
		as("lunsford-head").documentName("importStaff")
			.variable("input", Map.of("schoolId", AcknowledgementFixtures.SCHOOL, "rows", List.of(Map.of("externalId",
					externalId, "name", "Person " + externalId + " (fictional)", "staffType", "TEACHER", "status", status,
					"startDate", startDate))))
			.execute()
			.path("importStaff.rejected")
			.entity(Integer.class)
			.isEqualTo(0);
		return this.mongo.findOne(Query.query(Criteria.where("externalId").is(externalId)), Person.class);
	}

	private HttpGraphQlTester signedInAs(Person person) {
		return withToken(TestIssuer.sign(TestIssuer.claims(person.id(), "STAFF", AcknowledgementFixtures.TRUST,
				List.of(AcknowledgementFixtures.SCHOOL)).claim("person_id", person.id()).build()));
	}

	/** This policy as the person's outstanding one on a date (its due date, and whether late), or null when not outstanding. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> mine(HttpGraphQlTester person, String asOf) {
		return person.documentName("myOutstandingPolicies")
			.variable("asOf", asOf)
			.execute()
			.path("myOutstandingPolicies")
			.entityList(Map.class)
			.get()
			.stream()
			.map(policy -> (Map<String, Object>) policy)
			.filter(policy -> ((Map<String, Object>) policy.get("variant")).get("id").equals(this.variantId))
			.map(policy -> Map.of("dueOn", policy.get("dueOn"), "overdue", policy.get("overdue")))
			.findFirst()
			.orElse(null);
	}

	/** The outstanding people past due ({@code true}) or not yet due ({@code false}) on a date: the whole list. */
	private List<String> overdue(String asOf, boolean overdue) {
		var status = status(asOf, overdue);
		status.path("acknowledgementStatus.outstandingPeople.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		return status.path("acknowledgementStatus.outstandingPeople.edges[*].node.id").entityList(String.class).get();
	}

	private GraphQlTester.Response status(String asOf, Boolean overdue) {
		var request = as("lunsford-head").documentName("acknowledgementStatus")
			.variable("variantId", this.variantId)
			.variable("asOf", asOf)
			.variable("first", 100);
		if (overdue != null) {
			request = request.variable("overdue", overdue);
		}
		return request.execute();
	}

}
