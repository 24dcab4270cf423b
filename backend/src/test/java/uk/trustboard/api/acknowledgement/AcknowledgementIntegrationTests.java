package uk.trustboard.api.acknowledgement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.people.StaffStatus;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;
import uk.trustboard.api.trust.AcknowledgementRules;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementIntegrationTests extends IntegrationTest {

	/** The demo staff member the lunsford-staff login signs in as. */
	private static final String TEACHER = "demo-lunsford-teacher-1";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	private String variantId;

	@BeforeEach
	void aFreshlyPublishedPolicy() {
		this.variantId = AcknowledgementFixtures.lunsfordVariant(this.mongo);
	}

	@AfterEach
	void removeIt() {
		AcknowledgementFixtures.remove(this.mongo, this.variantId);
	}

	/** Two hundred calls at once on a shared machine can queue for longer than the tester's five seconds. */
	@Override
	protected WebTestClient.Builder http() {
		return super.http().responseTimeout(Duration.ofMinutes(5));
	}

	@Test
	void twoHundredIdenticalAcknowledgementsAtOnceStoreOneAndCountOne() throws Exception {
		assertThat(counter()).isZero();
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			calls.add(() -> acknowledgeAsStaff().path("acknowledgePolicy.acknowledgement.id").entity(String.class).get());
		}

		List<String> answers = Simultaneously.call(calls);

		assertThat(answers).hasSize(200).containsOnly(Acknowledgement.idOf(TEACHER, this.variantId, 1));
		assertThat(this.mongo.count(Query.query(Criteria.where("variantId").is(this.variantId)), Acknowledgement.class))
			.isEqualTo(1);
		assertThat(counter()).isEqualTo(1);
	}

	@Test
	void anAcknowledgementRecordsWhenByTheApplicationsClockHowAndTheEvidence() {
		Instant before = this.clock.instant();
		var recorded = recordForTeacher2("Signed paper form, 3 November");
		Instant after = this.clock.instant();

		Instant at = Instant.parse(recorded.path("acknowledgePolicy.acknowledgement.acknowledgedAt").entity(String.class).get());
		assertThat(at).isBetween(before, after);
		Document stored = this.mongo.findById(Acknowledgement.idOf("demo-lunsford-teacher-2", this.variantId, 1),
				Document.class, "acknowledgements");
		assertThat(stored.getDate("acknowledgedAt").toInstant()).isEqualTo(at.truncatedTo(ChronoUnit.MILLIS));
		assertThat(stored.getString("evidence")).isEqualTo("Signed paper form, 3 November");
		assertThat(stored.getString("method")).isEqualTo("ON_BEHALF");
		assertThat(stored.getString("recordedBy")).isEqualTo("lunsford-head");
		assertThat(stored.getInteger("versionNumber")).isEqualTo(1);

		var repeated = recordForTeacher2("Told me in the corridor");
		repeated.path("acknowledgePolicy.acknowledgement.acknowledgedAt")
			.entity(String.class)
			.isEqualTo(at.truncatedTo(ChronoUnit.MILLIS).toString());
		repeated.path("acknowledgePolicy.acknowledgement.evidence").entity(String.class).isEqualTo("Signed paper form, 3 November");
	}

	private GraphQlTester.Response recordForTeacher2(String evidence) {
		return as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", "demo-lunsford-teacher-2", "evidence", evidence))
			.execute();
	}

	@Test
	void aMinorVersionCarriesAcknowledgementsForwardAndAMajorOneAsksAgain() {
		acknowledgeAsStaff().path("acknowledgePolicy.acknowledgement.line").entity(Integer.class).isEqualTo(1);
		assertThat(outstandingForStaff()).doesNotContain(this.variantId);

		publish("MINOR", 0);
		assertThat(outstandingForStaff()).doesNotContain(this.variantId);
		status("2026-11-22").path("acknowledgementStatus.versionNumber").entity(Integer.class).isEqualTo(2);
		assertThat(counter()).isEqualTo(1);

		publish("MAJOR", 2);
		assertThat(outstandingForStaff()).contains(this.variantId);
		var status = status("2026-11-22");
		status.path("acknowledgementStatus.line").entity(Integer.class).isEqualTo(3);
		status.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(0);

		acknowledgeAsStaff().path("acknowledgePolicy.acknowledgement.versionNumber").entity(Integer.class).isEqualTo(3);
		assertThat(outstandingForStaff()).doesNotContain(this.variantId);
	}

	@Test
	void aHeadRecordsAnAcknowledgementForSomeoneWithEvidenceOnly() {
		var withoutEvidence = as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", "demo-lunsford-teacher-2"))
			.execute();
		withoutEvidence.path("acknowledgePolicy.userErrors[0].code").entity(String.class).isEqualTo("REQUIRED");

		var recorded = as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", "demo-lunsford-teacher-2", "evidence",
					"Signed paper form, 3 November"))
			.execute();
		recorded.path("acknowledgePolicy.acknowledgement.method").entity(String.class).isEqualTo("ON_BEHALF");
		recorded.path("acknowledgePolicy.acknowledgement.person.id").entity(String.class).isEqualTo("demo-lunsford-teacher-2");
		recorded.path("acknowledgePolicy.acknowledgement.recordedBy").entity(String.class).isEqualTo("lunsford-head");

		var staffForSomeoneElse = as("lunsford-staff").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", "demo-lunsford-teacher-2", "evidence", "x"))
			.execute();
		staffForSomeoneElse.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));

		var copLaneHead = withToken(TestIssuer.sign(
				TestIssuer.claims("head-of-cop-lane", "SCHOOL_HEAD", "asset-education", List.of("cop-lane-ce-primary")).build()));
		copLaneHead.documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", TEACHER, "evidence", "x"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
		assertThat(counter()).isEqualTo(1);
	}

	@Test
	void theStatusCountsRequiredAcknowledgedAndOverdueAsOfADate() {
		acknowledgeAsStaff();
		List<Person> required = requiredAtLunsford();
		LocalDate published = AcknowledgementFixtures.PUBLISHED.atZone(ZoneId.of("Europe/London")).toLocalDate();

		var early = status("2026-09-15");
		early.path("acknowledgementStatus.required").entity(Integer.class).isEqualTo(required.size());
		early.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(1);
		early.path("acknowledgementStatus.outstanding").entity(Integer.class).isEqualTo(required.size() - 1);
		early.path("acknowledgementStatus.overdue").entity(Integer.class).isEqualTo(0);

		LocalDate asOf = LocalDate.parse("2026-11-22");
		long overdue = required.stream()
			.filter(person -> !person.id().equals(TEACHER))
			.filter(person -> {
				LocalDate from = (person.startDate() != null && person.startDate().isAfter(published)) ? person.startDate()
						: published;
				return asOf.isAfter(from.plusDays(30));
			})
			.count();
		var late = status(asOf.toString());
		late.path("acknowledgementStatus.overdue").entity(Long.class).isEqualTo(overdue);
		late.path("acknowledgementStatus.outstandingPeople.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(TEACHER)
			.hasSize((int) Math.min(100, required.size() - 1));
		assertThat(overdue).isPositive();
	}

	@Test
	void staffMayNotReadWhoHasNotAcknowledged() {
		as("lunsford-staff").documentName("acknowledgementStatus")
			.variable("variantId", this.variantId)
			.variable("asOf", "2026-11-22")
			.variable("first", 10)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
	}

	private GraphQlTester.Response acknowledgeAsStaff() {
		return as("lunsford-staff").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId))
			.execute();
	}

	private List<String> outstandingForStaff() {
		return as("lunsford-staff").documentName("myOutstandingPolicies")
			.variable("asOf", "2026-11-22")
			.execute()
			.path("myOutstandingPolicies[*].variant.id")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response status(String asOf) {
		return as("lunsford-head").documentName("acknowledgementStatus")
			.variable("variantId", this.variantId)
			.variable("asOf", asOf)
			.variable("first", 100)
			.execute();
	}

	private void publish(String kind, int revision) {
		as("lunsford-head").documentName("editVariantDraft")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", this.variantId, "expectedRevision", revision, "title", kind + " edit"))
			.execute()
			.path("editVariantDraft.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		as("lunsford-head").documentName("publishPolicyVariant")
			.fragmentName("variantState")
			.variable("input", Map.of("variantId", this.variantId, "expectedRevision", revision + 1, "kind", kind,
					"summary", kind + " change"))
			.execute()
			.path("publishPolicyVariant.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private long counter() {
		var variant = this.mongo.findById(this.variantId, uk.trustboard.api.policy.PolicyVariant.class);
		var counter = this.mongo.findById(AcknowledgementCounter.currentOf(variant), AcknowledgementCounter.class);
		return (counter != null) ? counter.acknowledged() : 0;
	}

	/** Who must acknowledge at Lunsford, read straight from the people collection. */
	private List<Person> requiredAtLunsford() {
		return this.mongo.find(Query.query(Criteria.where("schoolIds").is(AcknowledgementFixtures.SCHOOL)
			.and("status").is(StaffStatus.ACTIVE)
			.and("staffType").in(AcknowledgementRules.DEFAULT.audiences())), Person.class);
	}

}
