package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.security.TenantScope;
import uk.trustboard.api.support.EmbeddedMongoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The people collection on the embedded server: the external-id index, the import's upsert, the staff pages. */
@EmbeddedMongoTest
class PersonRepositoryTests {

	private static final String TRUST = "asset-education";

	private static final String LUNSFORD = "lunsford-primary";

	private static final String COP_LANE = "cop-lane-ce-primary";

	private static final TenantScope LUNSFORD_HEAD = TenantScope.schools(TRUST, List.of(LUNSFORD));

	private static final TenantScope TRUST_WIDE = TenantScope.trust(TRUST);

	@Autowired
	MongoTemplate mongo;

	PersonRepository people;

	@BeforeEach
	void emptyCollectionWithItsIndexes() {
		this.mongo.dropCollection(Person.class);
		this.people = new PersonRepository(this.mongo);
		this.people.indexes().forEach(index -> this.mongo.indexOps(Person.class).createIndex(index));
	}

	@Test
	void anExternalIdIsOnePersonPerTrustWhilePeopleWithoutOneNeverCollide() {
		this.mongo.insert(person("named-1", TRUST, null));
		this.mongo.insert(person("named-2", TRUST, null));
		this.mongo.insert(person("a", TRUST, "E1"));
		this.mongo.insert(person("elsewhere", "northern-lights-trust", "E1"));

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.mongo.insert(person("b", TRUST, "E1")));
		assertThat(this.mongo.findAll(Person.class)).hasSize(4);
	}

	@Test
	void importRowStoresExactlyWhatTheRowMakesOfThePerson() {
		StaffRow joiner = row("E1", "Ann Able", "ann@lunsford.sch.uk", StaffStatus.ACTIVE, LocalDate.of(2020, 9, 1));
		assertThat(this.people.importRow(joiner, TRUST, LUNSFORD, "new-id", LUNSFORD_HEAD)).isEmpty();
		Person created = this.mongo.findById("new-id", Person.class);
		assertThat(created).isEqualTo(joiner.newPerson("new-id", TRUST, LUNSFORD));

		StaffRow leaverAtCopLane = row("E1", "Ann Able-Baker", null, StaffStatus.LEFT, null);
		Optional<Person> before = this.people.importRow(leaverAtCopLane, TRUST, COP_LANE, "unused-id", TRUST_WIDE);

		assertThat(before).contains(created);
		assertThat(this.mongo.findAll(Person.class)).containsExactly(leaverAtCopLane.applyTo(created, COP_LANE));
		Document stored = this.mongo.findById("new-id", Document.class, "people");
		assertThat(stored).doesNotContainKeys("email", "startDate").containsEntry("externalKey", "asset-education:E1");
		assertThat(stored.getList("schoolIds", String.class)).containsExactly(LUNSFORD, COP_LANE);
	}

	@Test
	void aBulkInsertStoresTheNewPeopleAsGivenAndReturnsOnlyThoseAnotherImportStoredMeanwhile() {
		this.mongo.insert(person("meanwhile", TRUST, "E2"));
		List<Person> fresh = List.of(person("n1", TRUST, "E1"), person("n2", TRUST, "E2"), person("n3", TRUST, "E3"));

		List<Person> refused = this.people.insertNew(fresh, LUNSFORD_HEAD);

		assertThat(refused).extracting(Person::id).containsExactly("n2");
		assertThat(this.mongo.findAll(Person.class)).containsExactlyInAnyOrder(fresh.get(0), fresh.get(2),
				person("meanwhile", TRUST, "E2"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.insertNew(List.of(person("n4", TRUST, "E4", COP_LANE)), LUNSFORD_HEAD));
	}

	@Test
	void importsRacingOnOneNewExternalIdCreateOnePerson() throws Exception {
		StaffRow joiner = row("E1", "Ann Able", null, StaffStatus.ACTIVE, null);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Optional<Person>>> calls = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			for (int i = 0; i < 6; i++) {
				String newId = "racer-" + i;
				calls.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return this.people.importRow(joiner, TRUST, LUNSFORD, newId, LUNSFORD_HEAD);
				}, pool));
			}
			start.countDown();
			long created = 0;
			for (var call : calls) {
				created += call.get().isEmpty() ? 1 : 0;
			}
			assertThat(created).isEqualTo(1);
		}
		assertThat(this.mongo.findAll(Person.class)).hasSize(1);
	}

	@Test
	void theImportFindsPeopleOfTheWholeTrustButNoOtherTrust() {
		this.mongo.insert(person("at-cop-lane", TRUST, "E1", COP_LANE));
		this.mongo.insert(person("elsewhere", "northern-lights-trust", "E2"));

		assertThat(this.people.findByExternalIds(List.of("E1", "E2", "E3"), LUNSFORD_HEAD)).extracting(Person::id)
			.containsExactly("at-cop-lane");
	}

	@Test
	void aSchoolOutsideTheCallersScopeIsNotFoundAndNothingIsStored() {
		StaffRow joiner = row("E1", "Ann Able", null, StaffStatus.ACTIVE, null);

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.importRow(joiner, TRUST, COP_LANE, "new-id", LUNSFORD_HEAD));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.importRow(joiner, "northern-lights-trust", LUNSFORD, "new-id", TRUST_WIDE));
		assertThat(this.mongo.findAll(Person.class)).isEmpty();
	}

	@Test
	void peopleStoredBeforeTheKeyExistedGetItAndAreUpdatedNotCreatedAgain() {
		this.mongo.insert(new Document("_id", "old").append("trustId", TRUST)
			.append("schoolIds", List.of(LUNSFORD))
			.append("name", "Old Person")
			.append("staffType", "TEACHER")
			.append("status", "ACTIVE")
			.append("externalId", "E1")
			.append("fictional", true), "people");

		new ExternalKeys(this.people).afterSingletonsInstantiated();

		assertThat(this.people.findByExternalIds(List.of("E1"), LUNSFORD_HEAD)).extracting(Person::id).containsExactly("old");
		assertThat(this.people.importRow(row("E1", "Old Person", null, StaffStatus.LEFT, null), TRUST, LUNSFORD, "new-id",
				LUNSFORD_HEAD))
			.isPresent();
		assertThat(this.mongo.findAll(Person.class)).singleElement()
			.satisfies(person -> assertThat(person.status()).isEqualTo(StaffStatus.LEFT));
	}

	@Test
	void aSchoolsStaffComeByNameThenIdPageByPageAndOnlyItsOwn() {
		this.mongo.insert(named("p3", "Cara", StaffStatus.ACTIVE, LUNSFORD));
		this.mongo.insert(named("p1", "Abe", StaffStatus.LEFT, LUNSFORD, COP_LANE));
		this.mongo.insert(named("p4", "Bea", StaffStatus.ACTIVE, LUNSFORD));
		this.mongo.insert(named("p2", "Bea", StaffStatus.ACTIVE, LUNSFORD));
		this.mongo.insert(named("p5", "Aaron", StaffStatus.ACTIVE, COP_LANE));

		var first = this.people.page(TRUST, LUNSFORD, null, new Paging(ScrollPosition.keyset(), 2), LUNSFORD_HEAD);
		var second = this.people.page(TRUST, LUNSFORD, null, new Paging(first.positionAt(1), 2), LUNSFORD_HEAD);

		assertThat(first.getContent()).extracting(Person::id).containsExactly("p1", "p2");
		assertThat(first.hasNext()).isTrue();
		assertThat(second.getContent()).extracting(Person::id).containsExactly("p4", "p3");
		assertThat(second.hasNext()).isFalse();
		var active = this.people.page(TRUST, LUNSFORD, StaffStatus.ACTIVE, new Paging(ScrollPosition.keyset(), 10),
				LUNSFORD_HEAD);
		assertThat(active.getContent()).extracting(Person::id).containsExactly("p2", "p4", "p3");
		// Abe works at both: Lunsford's head must still not list Cop Lane's people
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.people.page(TRUST, COP_LANE, null, new Paging(ScrollPosition.keyset(), 10), LUNSFORD_HEAD));
	}

	private static StaffRow row(String externalId, String name, String email, StaffStatus status, LocalDate startDate) {
		return new StaffRow(1, externalId, name, email, StaffType.TEACHER, status, startDate);
	}

	private static Person person(String id, String trustId, String externalId) {
		return person(id, trustId, externalId, LUNSFORD);
	}

	private static Person person(String id, String trustId, String externalId, String schoolId) {
		return new Person(id, trustId, List.of(schoolId), "Person " + id, null, null, StaffType.TEACHER, StaffStatus.ACTIVE,
				null, externalId, true);
	}

	private static Person named(String id, String name, StaffStatus status, String... schoolIds) {
		return new Person(id, TRUST, List.of(schoolIds), name, null, null, StaffType.TEACHER, status, null, null, true);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
