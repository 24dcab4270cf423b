package uk.trustboard.api.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.TestCallers;
import uk.trustboard.api.support.EmbeddedMongoTest;
import uk.trustboard.api.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The import service on the embedded server, with a fixed clock and a listener that records what it hears. */
@EmbeddedMongoTest
@Import({ StaffImport.class, PersonRepository.class, SchoolRepository.class, StaffImportTests.Config.class })
class StaffImportTests {

	private static final String TRUST = "asset-education";

	private static final String LUNSFORD = "lunsford-primary";

	/** 23:30 UTC on 30 June is already 1 July in the UK (BST). */
	private static final LocalDate UK_TODAY = LocalDate.of(2026, 7, 1);

	@Autowired
	MongoTemplate mongo;

	@Autowired
	StaffImport staffImport;

	@Autowired
	Recording heard;

	@BeforeEach
	void lunsfordWithItsHeadSignedIn() {
		this.mongo.dropCollection(Person.class);
		new PersonRepository(this.mongo).indexes().forEach(index -> this.mongo.indexOps(Person.class).createIndex(index));
		this.mongo.save(TestData.lunsford());
		this.heard.changes.clear();
		TestCallers.signIn(TestCallers.headOf(TRUST, LUNSFORD));
	}

	@AfterEach
	void signOut() {
		TestCallers.signOut();
	}

	@Test
	void listenersHearEveryChangeWithThePersonExactlyAsStoredBeforeAndAfter() {
		this.staffImport
			.importStaff(input(row("E1", "Ann Able", StaffStatus.ACTIVE), row("E2", "Bo Bell", StaffStatus.ACTIVE)));
		Person annBefore = stored("E1");
		Person boBefore = stored("E2");
		assertThat(this.heard.changes).containsExactly(new Change(null, annBefore), new Change(null, boBefore));
		this.heard.changes.clear();

		var payload = this.staffImport
			.importStaff(input(row("E1", "Ann Able", StaffStatus.LEFT), row("E2", "Bo Bell", StaffStatus.ACTIVE)));

		assertThat(payload.updated()).isEqualTo(1);
		assertThat(payload.unchanged()).isEqualTo(1);
		assertThat(this.heard.changes).containsExactly(new Change(annBefore, stored("E1")));
		assertThat(stored("E1").status()).isEqualTo(StaffStatus.LEFT);
	}

	@Test
	void aStartDateAfterTodayInTheUkIsRejectedAndTodayIsNot() {
		var payload = this.staffImport.importStaff(input(startingOn("E1", UK_TODAY), startingOn("E2", UK_TODAY.plusDays(1))));

		assertThat(payload.created()).isEqualTo(1);
		assertThat(payload.rowErrors()).extracting(StaffRowError::row, StaffRowError::field, StaffRowError::code)
			.containsExactly(tuple(2, "startDate", UserErrorCode.INVALID_DATE));
		assertThat(this.mongo.findAll(Person.class)).extracting(Person::externalId).containsExactly("E1");
	}

	@Test
	void moreRowsThanACallMayCarryStoreNothing() {
		var rows = IntStream.rangeClosed(1, StaffImport.MAX_ROWS + 1)
			.mapToObj(i -> row("E" + i, "Person " + i, null))
			.toList();

		var payload = this.staffImport.importStaff(new ImportStaffInput(LUNSFORD, rows));

		assertThat(payload.userErrors()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(UserErrorCode.TOO_MANY_ROWS);
			assertThat(error.field()).containsExactly("input", "rows");
		});
		assertThat(payload.created()).isZero();
		assertThat(this.mongo.findAll(Person.class)).isEmpty();
		assertThat(this.heard.changes).isEmpty();
	}

	private Person stored(String externalId) {
		return this.mongo.findAll(Person.class)
			.stream()
			.filter(person -> externalId.equals(person.externalId()))
			.findFirst()
			.orElseThrow();
	}

	private static ImportStaffInput input(StaffRowInput... rows) {
		return new ImportStaffInput(LUNSFORD, List.of(rows));
	}

	private static StaffRowInput row(String externalId, String name, StaffStatus status) {
		return new StaffRowInput(externalId, name, null, StaffType.TEACHER, status, null);
	}

	private static StaffRowInput startingOn(String externalId, LocalDate startDate) {
		return new StaffRowInput(externalId, "Person " + externalId, null, StaffType.SUPPORT, null, startDate);
	}

	record Change(Person before, Person after) {
	}

	static class Recording implements StaffChangeListener {

		final List<Change> changes = Collections.synchronizedList(new ArrayList<>());

		@Override
		public void staffChanged(Person before, Person after) {
			this.changes.add(new Change(before, after));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Recording recording() {
			return new Recording();
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
		}

	}

}
