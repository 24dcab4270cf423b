package uk.trustboard.api.acknowledgement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.trustboard.api.people.Person;
import uk.trustboard.api.policy.PolicyVariant;
import uk.trustboard.api.support.CollectionSnapshot;
import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters against the ledger: after random rounds of acknowledgements racing staff imports
 * (leavers, returners, changes of role and start date), every counter equals a recount; a counter
 * knocked out of step is found and mended by the repair.
 */
class AcknowledgementCountersIntegrationTests extends IntegrationTest {

	private static final String SCHOOL = AcknowledgementFixtures.SCHOOL;

	/** Who must acknowledge by default, written out here rather than taken from the code under test. */
	private static final Set<String> MUST_ACKNOWLEDGE = Set.of("TEACHER", "SUPPORT", "LEADERSHIP", "GOVERNOR",
			"VOLUNTEER");

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AcknowledgementCounters counters;

	@Autowired
	CounterJournal journal;

	@Autowired
	UnfinishedCounterChanges startUp;

	@Autowired
	ObjectProvider<MongoServer> embeddedServer;

	private final List<String> variants = new ArrayList<>();

	private CollectionSnapshot people;

	private String variantId;

	@BeforeEach
	void aFreshlyPublishedPolicy() {
		this.people = CollectionSnapshot.of(this.mongo, "people");
		this.variantId = freshVariant();
	}

	/** Many calls at once on a shared machine can queue for longer than the tester's five seconds. */
	@Override
	protected WebTestClient.Builder http() {
		return super.http().responseTimeout(Duration.ofMinutes(5));
	}

	@AfterEach
	void putBack() {
		this.variants.forEach(variant -> AcknowledgementFixtures.remove(this.mongo, variant));
		this.people.restore();
	}

	/**
	 * Each round publishes a fresh policy, then sends every person's acknowledgement and a change
	 * to that person at the same moment: the change may land before, between or after the
	 * acknowledgement's reads and writes, which is where a leaver could still be counted.
	 */
	@Test
	void afterRandomRoundsOfAcknowledgementsRacingImportsAndLeaversEveryCounterEqualsARecount() throws Exception {
		Random random = new Random(20261122);
		List<String> externalIds = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			externalIds.add("raced-" + i);
		}
		for (int round = 0; round < 4; round++) {
			String variant = (round == 0) ? this.variantId : freshVariant();
			importRows(externalIds.stream().map(id -> row(id, "TEACHER", "ACTIVE", "2020-09-01")).toList());
			Map<String, String> ids = new HashMap<>();
			externalIds.forEach(id -> ids.put(id, personWithExternalId(id).id()));
			List<Callable<Object>> calls = new ArrayList<>();
			for (String externalId : externalIds) {
				Map<String, Object> change = switch (random.nextInt(5)) {
					case 0, 1 -> row(externalId, "TEACHER", "LEFT", "2020-09-01");
					case 2 -> row(externalId, "CONTRACTOR", "ACTIVE", "2020-09-01");
					case 3 -> row(externalId, "SUPPORT", "ACTIVE", "2026-10-05");
					default -> row(externalId, "VOLUNTEER", "ACTIVE", "2020-09-01");
				};
				calls.add(() -> acknowledgeFor(variant, ids.get(externalId)));
				calls.add(() -> importRows(List.of(change)));
			}
			Collections.shuffle(calls, random);
			Simultaneously.call(calls);
			for (String counted : this.variants) {
				assertThat(counterByStart(counted)).as("counter of %s after round %d", counted, round)
					.isEqualTo(recountByStart(counted));
			}
		}
		assertThat(recountByStart(this.variantId)).isNotEmpty();
		assertThat(this.counters.repair()).noneMatch(difference -> this.variants.stream()
			.anyMatch(variant -> difference.counterId().startsWith(variant)));
	}

	private static Map<String, Object> row(String externalId, String staffType, String status, String startDate) {
		return Map.of("externalId", externalId, "name", "Person " + externalId + " (fictional)", "staffType", staffType,
				"status", status, "startDate", startDate);
	}

	/** Rows through the real import (the staff directory then tells the counters). */
	private GraphQlTester.Response importRows(List<Map<String, Object>> rows) {
		var response = as("lunsford-head").documentName("importStaff")
			.variable("input", Map.of("schoolId", SCHOOL, "rows", rows))
			.execute();
		response.path("importStaff.rejected").entity(Integer.class).isEqualTo(0);
		return response;
	}

	private void importRow(String externalId, String staffType, String status) {
		importRows(List.of(Map.of("externalId", externalId, "name", "Person " + externalId + " (fictional)", "staffType",
				staffType, "status", status)));
	}

	private Person personWithExternalId(String externalId) {
		return this.mongo.findOne(Query.query(Criteria.where("externalId").is(externalId)), Person.class);
	}

	@Test
	void theRepairFindsAndMendsACounterOutOfStep() {
		acknowledgeFor("demo-lunsford-teacher-2");
		String counterId = AcknowledgementCounter.currentOf(this.mongo.findById(this.variantId, PolicyVariant.class));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(counterId)),
				new Update().set("acknowledged", 7), AcknowledgementCounter.class);

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
				new Update().set("status", "LEFT"), Person.class);

		this.counters.recoverUnfinished();

		assertThat(counter()).isZero().isEqualTo(recount());
	}

	@Test
	void aLedgerWrittenBeforeCountingMarksIsMarkedAtStartUpSoALeaverStopsCounting() {
		importRow("legacy-leaver", "TEACHER", "ACTIVE");
		Person person = personWithExternalId("legacy-leaver");
		// as the previous version stored and counted it: an entry without a mark
		this.mongo.insert(new Acknowledgement(Acknowledgement.idOf(person.id(), this.variantId, 1),
				AcknowledgementFixtures.TRUST, SCHOOL, this.variantId, person.id(), 1, 1,
				java.time.Instant.parse("2026-11-02T10:00:00Z"), AcknowledgementMethod.SELF, "legacy", null));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(AcknowledgementCounter.idOf(this.variantId, 1))),
				new Update().inc("acknowledged", 1).inc("byStart.none", 1).set("trustId", AcknowledgementFixtures.TRUST)
					.set("schoolId", SCHOOL).set("variantId", this.variantId).set("line", 1),
				AcknowledgementCounter.class);

		this.startUp.afterSingletonsInstantiated();
		importRow("legacy-leaver", "TEACHER", "LEFT");

		if (this.embeddedServer.getIfAvailable() != null) {
			assertThat(counter()).isZero().isEqualTo(recount());
		}
		else {
			// a shared MongoDB is only warned about at start-up (other instances may be writing):
			// the unmarked entry still counts until repair-counters runs, as the warning says
			assertThat(counter()).isEqualTo(1);
			this.counters.repair();
			assertThat(counter()).isZero().isEqualTo(recount());
		}
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
		acknowledgeFor(this.variantId, personId);
	}

	private GraphQlTester.Response acknowledgeFor(String variant, String personId) {
		return as("lunsford-head").documentName("acknowledgePolicy")
			.variable("input", Map.of("variantId", variant, "personId", personId, "evidence", "Signed form"))
			.execute();
	}

	private String freshVariant() {
		String variant = AcknowledgementFixtures.lunsfordVariant(this.mongo);
		this.variants.add(variant);
		return variant;
	}

	private long counter() {
		String counterId = AcknowledgementCounter.currentOf(this.mongo.findById(this.variantId, PolicyVariant.class));
		var counter = this.mongo.findById(counterId, AcknowledgementCounter.class);
		return (counter != null) ? counter.acknowledged() : 0;
	}

	/** The ledger's answer, computed here without the code under test. */
	private long recount() {
		return recountByStart(this.variantId).values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The acknowledgements of a variant's first line whose person must acknowledge now (active,
	 * of the school, of a kind that must), by the person's start date: read from the raw documents
	 * with the default rules written out above.
	 */
	private Map<String, Long> recountByStart(String variant) {
		Map<String, Long> byStart = new TreeMap<>();
		for (Document acknowledgement : this.mongo.find(
				Query.query(Criteria.where("variantId").is(variant).and("line").is(1)), Document.class,
				"acknowledgements")) {
			Document person = this.mongo.findById(acknowledgement.getString("personId"), Document.class, "people");
			if (person != null && "ACTIVE".equals(person.getString("status"))
					&& MUST_ACKNOWLEDGE.contains(person.getString("staffType"))
					&& person.getList("schoolIds", String.class).contains(SCHOOL)) {
				Date started = person.getDate("startDate");
				String key = (started != null) ? LocalDate.ofInstant(started.toInstant(), ZoneOffset.UTC).toString() : "none";
				byStart.merge(key, 1L, Long::sum);
			}
		}
		return byStart;
	}

	/** The stored counter of a variant's first line, by start date, without empty buckets. */
	private Map<String, Long> counterByStart(String variant) {
		var counter = this.mongo.findById(AcknowledgementCounter.idOf(variant, 1), AcknowledgementCounter.class);
		Map<String, Long> byStart = new TreeMap<>();
		if (counter != null && counter.byStart() != null) {
			counter.byStart().forEach((key, count) -> {
				if (count != 0) {
					byStart.put(key, count);
				}
			});
			assertThat(counter.acknowledged()).as("total of %s", counter.id())
				.isEqualTo(byStart.values().stream().mapToLong(Long::longValue).sum());
		}
		return byStart;
	}

}
