package uk.trustboard.api.people;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.support.CollectionSnapshot;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Schools import their staff files; heads and staff list a school's people. */
class StaffImportIntegrationTests extends IntegrationTest {

	private static final String TRUST = "asset-education";

	private static final String LUNSFORD = "lunsford-primary";

	private static final String COP_LANE = "cop-lane-ce-primary";

	private static final int FILE_ROWS = 10_000;

	private static final int CALL_ROWS = 5_000;

	@Autowired
	MongoTemplate mongo;

	private CollectionSnapshot before;

	@BeforeEach
	void remember() {
		this.before = CollectionSnapshot.of(this.mongo, "people");
	}

	@AfterEach
	void putBack() {
		this.before.restore();
	}

	@Test
	void tenThousandStaffAreStoredButTheirBadRowsAndTheSameFileAgainChangesNothing() {
		List<Map<String, Object>> file = staffFile();
		file.get(16).put("name", " ");
		file.get(2499).put("email", "not-an-address");
		file.get(4320).put("startDate", today().plusDays(1).toString());
		file.get(6000).put("externalId", file.get(5999).get("externalId"));
		file.get(9998).put("externalId", "X".repeat(101));

		List<String> afterFirstImport = null;
		for (int pass = 1; pass <= 2; pass++) {
			var first = importAtLunsford(head(), file.subList(0, CALL_ROWS));
			var second = importAtLunsford(head(), file.subList(CALL_ROWS, FILE_ROWS));

			int created = (pass == 1) ? 4_997 : 0;
			assertCounts(first, created, 0, 4_997 - created, 3);
			assertCounts(second, created, 0, 4_997 - created, 3);
			first.path("importStaff.rowErrors[*]")
				.entityList(Map.class)
				.satisfies(errors -> assertThat(errors).extracting(e -> e.get("row"), e -> e.get("field"), e -> e.get("code"))
					.containsExactly(tuple(17, "name", "REQUIRED"),
							tuple(2500, "email", "INVALID_FORMAT"),
							tuple(4321, "startDate", "INVALID_DATE")));
			second.path("importStaff.rowErrors[*]")
				.entityList(Map.class)
				.satisfies(errors -> assertThat(errors)
					.extracting(e -> e.get("row"), e -> e.get("externalId"), e -> e.get("field"), e -> e.get("code"))
					.containsExactly(tuple(1000, "IMP-06000", "externalId", "DUPLICATE_KEY"),
							tuple(1001, "IMP-06000", "externalId", "DUPLICATE_KEY"),
							tuple(4999, null, "externalId", "TOO_LONG")));
			second.path("importStaff.rowErrors[0].message")
				.entity(String.class)
				.isEqualTo("externalId IMP-06000 is in rows 1000, 1001 of this import: none of them is imported");
			if (pass == 1) {
				afterFirstImport = importedDocuments();
			}
		}

		List<String> stored = importedDocuments();
		assertThat(stored).hasSize(FILE_ROWS - 6).isEqualTo(afterFirstImport);
		assertThat(importedPeople()).allSatisfy(person -> {
			assertThat(person.schoolIds()).containsExactly(LUNSFORD);
			assertThat(person.fictional()).isFalse();
		})
			.extracting(Person::externalId)
			.doesNotContain("IMP-00017", "IMP-02500", "IMP-04321", "IMP-06000", "IMP-06001", "IMP-09999")
			.contains("IMP-00001", "IMP-06002", "IMP-10000");
	}

	@Test
	void aLeaverIsMarkedLeftKeptAndListedAsSuch() {
		Map<String, Object> row = staffRow(1);
		importAtLunsford(head(), List.of(row));
		row.put("status", "LEFT");

		assertCounts(importAtLunsford(head(), List.of(row)), 0, 1, 0, 0);

		assertThat(importedPeople()).singleElement()
			.satisfies(person -> assertThat(person.status()).isEqualTo(StaffStatus.LEFT));
		staffPage(head(), LUNSFORD, 100, null, "LEFT").path("school.staff.edges[*].node.name")
			.entityList(String.class)
			.contains("Imported Person 00001 (fictional)");
		staffPage(head(), LUNSFORD, 100, null, "ACTIVE").path("school.staff.edges[*].node.name")
			.entityList(String.class)
			.doesNotContain("Imported Person 00001 (fictional)");
	}

	@Test
	void aPersonImportedAtTwoSchoolsIsOnePersonOfBoth() {
		Map<String, Object> row = staffRow(1);
		assertCounts(importAtLunsford(head(), List.of(row)), 1, 0, 0, 0);

		var atCopLane = importAt(integrationWith("staff:write"), COP_LANE, List.of(row));
		assertCounts(atCopLane, 0, 1, 0, 0);
		assertCounts(importAt(integrationWith("staff:write"), COP_LANE, List.of(row)), 0, 0, 1, 0);

		assertThat(importedPeople()).singleElement()
			.satisfies(person -> assertThat(person.schoolIds()).containsExactly(LUNSFORD, COP_LANE));
	}

	@Test
	void onlyHeadsOfTheSchoolAndIntegrationsWithStaffWriteMayImport() {
		List<Map<String, Object>> rows = List.of(staffRow(1));
		var copLaneHead = withToken(TestIssuer
			.sign(TestIssuer.claims("cop-lane-head", "SCHOOL_HEAD", TRUST, List.of(COP_LANE)).build()));

		assertRefused(importAtLunsford(copLaneHead, rows), "NOT_FOUND");
		assertRefused(importAtLunsford(as("lunsford-staff"), rows), "FORBIDDEN");
		assertRefused(importAtLunsford(as("trust-executive"), rows), "FORBIDDEN");
		assertRefused(importAtLunsford(as("integration"), rows), "FORBIDDEN");
		assertRefused(importAtLunsford(integrationWith("directory:read"), rows), "FORBIDDEN");
		assertRefused(importAtLunsford(patient(TestIssuer.sign(TestIssuer
			.claims("other-trusts-sync", "INTEGRATION", "northern-lights-trust", List.of())
			.claim("scope", "staff:write")
			.build())), rows), "NOT_FOUND");
		assertThat(this.before.now()).isEqualTo(this.before.documents());

		assertCounts(importAtLunsford(integrationWith("staff:write"), rows), 1, 0, 0, 0);
	}

	@Test
	void aHeadCannotChangeSomeoneWhoWorksOnlyAtAnotherSchool() {
		Map<String, Object> row = staffRow(7);
		assertCounts(importAtLunsford(head(), List.of(row)), 1, 0, 0, 0);
		var copLaneHead = withToken(TestIssuer
			.sign(TestIssuer.claims("cop-lane-head", "SCHOOL_HEAD", TRUST, List.of(COP_LANE)).build()));
		Map<String, Object> leaver = new java.util.HashMap<>(row);
		leaver.put("status", "LEFT");

		var response = importAt(copLaneHead, COP_LANE, List.of(leaver));

		assertCounts(response, 0, 0, 0, 1);
		response.path("importStaff.rowErrors[0].code").entity(String.class).isEqualTo("NOT_STAFF_OF_SCHOOL");
		assertThat(importedPeople()).singleElement().satisfies(person -> {
			assertThat(person.status()).isEqualTo(uk.trustboard.api.people.StaffStatus.ACTIVE);
			assertThat(person.schoolIds()).containsExactly(LUNSFORD);
		});
	}

	@Test
	void moreThanFiveThousandRowsAreRefusedAndNothingIsStored() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= CALL_ROWS + 1; i++) {
			rows.add(Map.of("externalId", "T" + i, "name", "P" + i, "staffType", "TEACHER"));
		}

		var response = importAtLunsford(head(), rows);

		response.path("importStaff.userErrors[*].code").entityList(String.class).containsExactly("TOO_MANY_ROWS");
		assertCounts(response, 0, 0, 0, 0);
		assertThat(this.before.now()).isEqualTo(this.before.documents());
	}

	@Test
	void headsAndStaffPageThroughTheirSchoolsPeopleByNameAndNoOtherSchools() {
		List<String> names = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = staffPage(head(), LUNSFORD, 2, after, null);
			names.addAll(page.path("school.staff.edges[*].node.name").entityList(String.class).get());
			more = page.path("school.staff.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("school.staff.pageInfo.endCursor").entity(String.class).get();
		}
		List<String> expected = this.mongo.find(Query.query(Criteria.where("schoolIds").is(LUNSFORD)), Person.class)
			.stream()
			.sorted(Comparator.comparing(Person::name).thenComparing(Person::id))
			.map(Person::name)
			.toList();
		assertThat(expected).hasSizeGreaterThan(2);
		assertThat(names).isEqualTo(expected);

		staffPage(as("lunsford-staff"), LUNSFORD, 100, null, null).path("school.staff.edges[*].node.name")
			.entityList(String.class)
			.isEqualTo(expected);
		var copLane = staffPage(head(), COP_LANE, 100, null, null);
		copLane.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
		copLane.path("school").valueIsNull();
	}

	private GraphQlTester.Response importAtLunsford(HttpGraphQlTester tester, List<Map<String, Object>> rows) {
		return importAt(tester, LUNSFORD, rows);
	}

	private GraphQlTester.Response importAt(HttpGraphQlTester tester, String schoolId, List<Map<String, Object>> rows) {
		return tester.documentName("importStaff").variable("input", Map.of("schoolId", schoolId, "rows", rows)).execute();
	}

	private GraphQlTester.Response staffPage(HttpGraphQlTester tester, String schoolId, int first, String after,
			String status) {
		return tester.documentName("schoolStaff")
			.variable("id", schoolId)
			.variable("first", first)
			.variable("after", after)
			.variable("status", status)
			.execute();
	}

	/** A client whose calls may take as long as the service allows (an import of 5,000 rows is not instant). */
	private HttpGraphQlTester patient(String token) {
		return HttpGraphQlTester
			.create(http().responseTimeout(Duration.ofSeconds(30)).baseUrl(url("/graphql")).build())
			.mutate()
			.header("Authorization", "Bearer " + token)
			.build();
	}

	private HttpGraphQlTester head() {
		return patient(TestIssuer.token("lunsford-head"));
	}

	private HttpGraphQlTester integrationWith(String scope) {
		return patient(
				TestIssuer.sign(TestIssuer.claims("mis-sync", "INTEGRATION", TRUST, List.of()).claim("scope", scope).build()));
	}

	private List<Person> importedPeople() {
		return this.mongo.find(Query.query(Criteria.where("externalId").regex("^IMP-")), Person.class);
	}

	/** The stored documents of the imported people, exactly: field order and types included. */
	private List<String> importedDocuments() {
		return this.mongo.find(Query.query(Criteria.where("externalId").regex("^IMP-")), Document.class, "people")
			.stream()
			.map(Document::toJson)
			.sorted()
			.toList();
	}

	private static List<Map<String, Object>> staffFile() {
		List<Map<String, Object>> file = new ArrayList<>();
		for (int i = 1; i <= FILE_ROWS; i++) {
			file.add(staffRow(i));
		}
		return file;
	}

	private static final String[] TYPES = { "TEACHER", "SUPPORT", "LEADERSHIP", "GOVERNOR", "VOLUNTEER" };

	/** About 170 characters as JSON, so that 5,000 rows stay within the 1 MiB variables limit. */
	private static Map<String, Object> staffRow(int i) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("externalId", "IMP-%05d".formatted(i));
		row.put("name", "Imported Person %05d (fictional)".formatted(i));
		row.put("email", "imported%05d@lunsford.demo.invalid".formatted(i));
		row.put("staffType", TYPES[i % TYPES.length]);
		row.put("startDate", "2020-09-01");
		return row;
	}

	private static LocalDate today() {
		return TODAY;
	}

	private static void assertCounts(GraphQlTester.Response response, int created, int updated, int unchanged,
			int rejected) {
		response.errors().verify();
		var counts = response.path("importStaff").entity(Map.class).get();
		assertThat(counts).containsEntry("created", created)
			.containsEntry("updated", updated)
			.containsEntry("unchanged", unchanged)
			.containsEntry("rejected", rejected);
	}

	private static void assertRefused(GraphQlTester.Response response, String type) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString(type)));
		Object data = response.returnResponse().getData();
		assertThat((data instanceof Map<?, ?> fields) ? fields.get("importStaff") : data).isNull();
	}

}
