package uk.trustboard.api.acknowledgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.trust.AcknowledgementRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters against the ledger: after a random run of acknowledgements and staff imports
 * (leavers, returners, changes of role), the counter equals a recount; a counter knocked out of
 * step is found and mended by the repair.
 */
class AcknowledgementCountersIntegrationTests extends IntegrationTest {

	private static final String SCHOOL = AcknowledgementFixtures.SCHOOL;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AcknowledgementCounters counters;

	@Autowired
	CounterJournal journal;

	private String variantId;

	@BeforeEach
	void aFreshlyPublishedPolicy() {
		this.variantId = AcknowledgementFixtures.lunsfordVariant(this.mongo);
	}

	@Test
	void afterARandomRunOfAcknowledgementsImportsAndLeaversTheCounterEqualsARecount() {
		Random random = new Random(20261122);
		String batch = "counted-" + Integer.toHexString(this.variantId.hashCode());
		List<String> externalIds = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			externalIds.add(batch + "-" + i);
			importRow(externalIds.get(i), "TEACHER", "ACTIVE");
		}
		for (int step = 0; step < 300; step++) {
			String externalId = externalIds.get(random.nextInt(externalIds.size()));
			switch (random.nextInt(5)) {
				case 0, 1 -> acknowledgeFor(personWithExternalId(externalId).id());
				case 2 -> importRow(externalId, random.nextBoolean() ? "TEACHER" : "SUPPORT", "LEFT");
				case 3 -> importRow(externalId, "TEACHER", "ACTIVE");
				default -> importRow(externalId, random.nextBoolean() ? "CONTRACTOR" : "VOLUNTEER", "ACTIVE");
			}
		}
		assertThat(counter()).isEqualTo(recount()).isPositive();
		assertThat(this.counters.repair()).noneMatch(difference -> difference.counterId().startsWith(this.variantId));
	}

	/** One row through the real import (the staff directory then tells the counters). */
	private void importRow(String externalId, String staffType, String status) {
		as("lunsford-head").documentName("importStaff")
			.variable("input", Map.of("schoolId", SCHOOL, "rows", List.of(Map.of("externalId", externalId, "name",
					"Person " + externalId + " (fictional)", "staffType", staffType, "status", status))))
			.execute()
			.path("importStaff.rejected")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	private Person personWithExternalId(String externalId) {
		return this.mongo.findOne(Query.query(Criteria.where("externalId").is(externalId)), Person.class);
	}

	@Test
	void theRepairFindsAndMendsACounterOutOfStep() {
		acknowledgeFor("demo-lunsford-teacher-2");
		String counterId = AcknowledgementCounter.currentOf(this.mongo.findById(this.variantId, PolicyVariant.class));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(counterId)),
				new org.springframework.data.mongodb.core.query.Update().set("acknowledged", 7), AcknowledgementCounter.class);

		var differences = this.counters.repair();

		assertThat(differences).filteredOn(difference -> difference.counterId().equals(counterId))
			.singleElement()
			.satisfies(difference -> {
				assertThat(difference.counted()).isEqualTo(7);
				assertThat(difference.recounted()).isEqualTo(1);
			});
		assertThat(counter()).isEqualTo(1);
	}

	@Test
	void anAcknowledgementStoppedBeforeItsCounterWriteIsRecountedFromItsNote() {
		acknowledgeFor("demo-lunsford-teacher-2");
		String counterId = AcknowledgementCounter.currentOf(this.mongo.findById(this.variantId, PolicyVariant.class));
		// as a process killed between the ledger write and the counter write leaves things
		var acknowledgement = new Acknowledgement(Acknowledgement.idOf("demo-lunsford-teacher-1", this.variantId, 1),
				AcknowledgementFixtures.TRUST, SCHOOL, this.variantId, "demo-lunsford-teacher-1", 1, 1,
				java.time.Instant.parse("2026-11-02T10:00:00Z"), AcknowledgementMethod.SELF, "lunsford-staff", null);
		String note = this.journal.open(AcknowledgementFixtures.TRUST, List.of(counterId), List.of());
		this.mongo.insert(acknowledgement);
		assertThat(counter()).isEqualTo(1);

		var differences = this.counters.recoverUnfinished();

		assertThat(differences).filteredOn(difference -> difference.counterId().equals(counterId))
			.singleElement()
			.satisfies(difference -> assertThat(difference.recounted()).isEqualTo(2));
		assertThat(counter()).isEqualTo(2).isEqualTo(recount());
		assertThat(this.journal.left()).noneMatch(entry -> entry.id().equals(note));
	}

	@Test
	void aLeaverWrittenWithoutItsCounterWriteIsRecountedFromTheNoteNamingThem() {
		importRow("journal-leaver", "TEACHER", "ACTIVE");
		Person person = personWithExternalId("journal-leaver");
		acknowledgeFor(person.id());
		assertThat(counter()).isEqualTo(1);
		// the import noted the person, wrote them as LEFT, and stopped before telling the counters
		this.journal.open(AcknowledgementFixtures.TRUST, List.of(), List.of(person.id()));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(person.id())),
				new org.springframework.data.mongodb.core.query.Update().set("status", "LEFT"), Person.class);

		this.counters.recoverUnfinished();

		assertThat(counter()).isZero().isEqualTo(recount());
	}

	@Test
	void finishedChangesLeaveNoNotes() {
		importRow("journal-finished", "TEACHER", "ACTIVE");
		acknowledgeFor(personWithExternalId("journal-finished").id());
		importRow("journal-finished", "TEACHER", "LEFT");
		acknowledgeFor("demo-lunsford-teacher-2");
		acknowledgeFor("demo-lunsford-teacher-2");
		assertThat(this.journal.left()).isEmpty();
	}

	private void acknowledgeFor(String personId) {
		as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", this.variantId, "personId", personId, "evidence", "Signed form"))
			.execute();
	}

	private long counter() {
		String counterId = AcknowledgementCounter.currentOf(this.mongo.findById(this.variantId, PolicyVariant.class));
		var counter = this.mongo.findById(counterId, AcknowledgementCounter.class);
		return (counter != null) ? counter.acknowledged() : 0;
	}

	/** The ledger's answer, computed here without the code under test. */
	private long recount() {
		return this.mongo.find(Query.query(Criteria.where("variantId").is(this.variantId)), Acknowledgement.class)
			.stream()
			.filter(acknowledgement -> AcknowledgementRules.DEFAULT
				.requires(this.mongo.findById(acknowledgement.personId(), Person.class), SCHOOL))
			.count();
	}

}
