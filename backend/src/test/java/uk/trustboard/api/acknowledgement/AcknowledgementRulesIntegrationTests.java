package uk.trustboard.api.acknowledgement;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.GraphQlTester;

import uk.trustboard.api.support.CollectionSnapshot;
import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An executive changes who must acknowledge and how soon: what heads and staff see follows at
 * once, and the counters move by what changed, for this trust only.
 */
class AcknowledgementRulesIntegrationTests extends IntegrationTest {

	private static final List<String> DEFAULT_AUDIENCES = List.of("TEACHER", "SUPPORT", "LEADERSHIP", "GOVERNOR",
			"VOLUNTEER");

	@Autowired
	MongoTemplate mongo;

	private CollectionSnapshot trusts;

	private String variantId;

	@BeforeEach
	void aFreshlyPublishedPolicy() {
		this.trusts = CollectionSnapshot.of(this.mongo, "trusts");
		this.variantId = AcknowledgementFixtures.lunsfordVariant(this.mongo);
	}

	/** Back to the default rules through the service (so every counter of the trust moves back), then the stored trust. */
	@AfterEach
	void putBack() {
		setRules(DEFAULT_AUDIENCES, 30);
		AcknowledgementFixtures.remove(this.mongo, this.variantId);
		this.trusts.restore();
	}

	@Test
	void narrowerAudiencesAndFewerDaysChangeTheCountsAndDueDatesAtOnce() {
		acknowledgeFor("demo-lunsford-teacher-2");
		acknowledgeFor("demo-lunsford-support-1");
		var before = status();
		before.path("acknowledgementStatus.required").entity(Integer.class).isEqualTo(requiredAtLunsford(DEFAULT_AUDIENCES));
		before.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(2);
		assertThat(dueForTeacher1()).isEqualTo(Map.of("dueOn", "2026-10-01", "overdue", false));

		setRules(List.of("TEACHER", "LEADERSHIP"), 10).path("setAcknowledgementRules.rules.dueWithinDays")
			.entity(Integer.class)
			.isEqualTo(10);

		var after = status();
		after.path("acknowledgementStatus.required")
			.entity(Integer.class)
			.isEqualTo(requiredAtLunsford(List.of("TEACHER", "LEADERSHIP")));
		after.path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(1);
		assertThat(dueForTeacher1()).isEqualTo(Map.of("dueOn", "2026-09-11", "overdue", true));

		setRules(DEFAULT_AUDIENCES, 30);
		status().path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(2);
		assertThat(dueForTeacher1()).isEqualTo(Map.of("dueOn", "2026-10-01", "overdue", false));
	}

	/**
	 * The recount used to overwrite every counter: an acknowledgement whose {@code $inc} landed
	 * between the recount's read and its write was lost. Here five such increments stand in the
	 * counter, with no ledger entries the recount could see; new rules that change nothing for
	 * this policy must leave them, and must leave another trust's counter alone.
	 */
	@Test
	void newRulesMoveCountersByWhatChangedAndTouchNoOtherTrust() {
		acknowledgeFor("demo-lunsford-teacher-2");
		String counterId = AcknowledgementCounter.idOf(this.variantId, 1);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(counterId)),
				new Update().inc("acknowledged", 5).inc("byStart.2023-09-04", 5), AcknowledgementCounter.class);
		var elsewhere = new Document("_id", "other-trust-variant:1").append("trustId", "other-trust")
			.append("schoolId", "other-school")
			.append("variantId", "other-trust-variant")
			.append("line", 1)
			.append("acknowledged", 3L)
			.append("byStart", new Document("none", 3L));
		this.mongo.insert(elsewhere, "acknowledgement_counters");
		try {
			setRules(List.of("TEACHER", "SUPPORT", "LEADERSHIP", "GOVERNOR"), 20);

			status().path("acknowledgementStatus.acknowledged").entity(Integer.class).isEqualTo(6);
			assertThat(this.mongo.findById("other-trust-variant:1", Document.class, "acknowledgement_counters"))
				.isEqualTo(elsewhere);
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where("_id").is("other-trust-variant:1")), "acknowledgement_counters");
		}
	}

	private GraphQlTester.Response setRules(List<String> audiences, int dueWithinDays) {
		var response = as("trust-executive").documentName("setAcknowledgementRules")
			.variable("input", Map.of("audiences", audiences, "dueWithinDays", dueWithinDays))
			.execute();
		response.path("setAcknowledgementRules.userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

	private void acknowledgeFor(String personId) {
		as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", personId, "evidence", "Signed form"))
			.execute()
			.path("acknowledgePolicy.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private GraphQlTester.Response status() {
		return as("lunsford-head").documentName("acknowledgementStatus")
			.variable("variantId", this.variantId)
			.variable("asOf", "2026-09-15")
			.variable("first", 1)
			.execute();
	}

	/** When this policy falls due for Lunsford's demo teacher (started 2019), and whether it is late on 15 September. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> dueForTeacher1() {
		List<Map<String, Object>> outstanding = as("lunsford-staff").documentName("myOutstandingPolicies")
			.variable("asOf", "2026-09-15")
			.execute()
			.path("myOutstandingPolicies")
			.entityList(Map.class)
			.get()
			.stream()
			.map(policy -> (Map<String, Object>) policy)
			.filter(policy -> ((Map<String, Object>) policy.get("variant")).get("id").equals(this.variantId))
			.toList();
		assertThat(outstanding).hasSize(1);
		return Map.of("dueOn", outstanding.getFirst().get("dueOn"), "overdue", outstanding.getFirst().get("overdue"));
	}

	/** Active people of Lunsford of these kinds, counted from the people collection itself. */
	private int requiredAtLunsford(List<String> audiences) {
		return (int) this.mongo.count(Query.query(Criteria.where("schoolIds")
			.is(AcknowledgementFixtures.SCHOOL)
			.and("status")
			.is("ACTIVE")
			.and("staffType")
			.in(audiences)), "people");
	}

}
