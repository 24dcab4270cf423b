package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.trustboard.api.graphql.UserErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Checking rows and diffing them against the stored person, without a database. */
class StaffRowsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final String LUNSFORD = "lunsford-primary";

	private static final String COP_LANE = "cop-lane-ce-primary";

	@Test
	void eachBadRowIsReportedWithItsNumberFieldAndReasonAndTheGoodRowsPass() {
		List<StaffRowInput> rows = List.of(teacher("E1", "Ann Able"), teacher("  ", "Blank Id"), teacher("E3", " "),
				withEmail(teacher("E4", "Cy Dee"), "not-an-address"), startingOn(teacher("E5", "Di Eve"), TODAY.plusDays(1)),
				teacher("E6", "n".repeat(201)), teacher("x".repeat(101), "Long Id"),
				startingOn(teacher(" E8 ", " Fay Gee "), TODAY));

		StaffRows checked = StaffRows.check(rows, TODAY);

		assertThat(checked.errors()).extracting(StaffRowError::row, StaffRowError::externalId, StaffRowError::field,
				StaffRowError::code)
			.containsExactly(tuple(2, null, "externalId", UserErrorCode.REQUIRED),
					tuple(3, "E3", "name", UserErrorCode.REQUIRED), tuple(4, "E4", "email", UserErrorCode.INVALID_FORMAT),
					tuple(5, "E5", "startDate", UserErrorCode.INVALID_DATE), tuple(6, "E6", "name", UserErrorCode.TOO_LONG),
					tuple(7, null, "externalId", UserErrorCode.TOO_LONG));
		assertThat(checked.rejected()).isEqualTo(6);
		assertThat(checked.accepted()).extracting(StaffRow::number, StaffRow::externalId, StaffRow::name)
			.containsExactly(tuple(1, "E1", "Ann Able"), tuple(8, "E8", "Fay Gee"));
		assertThat(checked.errors().get(3).message())
			.isEqualTo("startDate must be today (2026-11-22) or earlier, was 2026-11-23");
	}

	@Test
	void anExternalIdInSeveralRowsRejectsEveryOneOfThem() {
		List<StaffRowInput> rows = List.of(teacher("E1", "Ann Able"), teacher("E2", "Bo Bell"), teacher(" E1", "Ann Other"),
				withEmail(teacher("E1", "Ann Third"), "bad"));

		StaffRows checked = StaffRows.check(rows, TODAY);

		assertThat(checked.accepted()).extracting(StaffRow::externalId).containsExactly("E2");
		assertThat(checked.rejected()).isEqualTo(3);
		assertThat(checked.errors()).extracting(StaffRowError::row, StaffRowError::field, StaffRowError::code)
			.containsExactly(tuple(1, "externalId", UserErrorCode.DUPLICATE_KEY),
					tuple(3, "externalId", UserErrorCode.DUPLICATE_KEY), tuple(4, "externalId", UserErrorCode.DUPLICATE_KEY),
					tuple(4, "email", UserErrorCode.INVALID_FORMAT));
		assertThat(checked.errors().get(0).message())
			.isEqualTo("externalId E1 is in rows 1, 3, 4 of this import: none of them is imported");
	}

	@Test
	void aRowWithoutStatusIsActiveAndEmptyOptionalFieldsAreNone() {
		StaffRows checked = StaffRows.check(List.of(new StaffRowInput("E1", "Ann Able", "  ", StaffType.SUPPORT, null, null)),
				TODAY);

		assertThat(checked.accepted()).singleElement().satisfies(row -> {
			assertThat(row.status()).isEqualTo(StaffStatus.ACTIVE);
			assertThat(row.email()).isNull();
		});
	}

	@Test
	void theSameRowAgainLeavesThePersonEqualSoNothingIsWritten() {
		StaffRow row = accepted(new StaffRowInput("E1", "Ann Able", "ann@lunsford.sch.uk", StaffType.TEACHER,
				StaffStatus.ACTIVE, LocalDate.of(2020, 9, 1)));
		Person stored = row.newPerson("p1", "asset-education", LUNSFORD);

		assertThat(row.applyTo(stored, LUNSFORD)).isEqualTo(stored);
	}

	@Test
	void aChangedRowChangesOnlyItsOwnFieldsAndKeepsTheRest() {
		Person stored = new Person("p1", "asset-education", new ArrayList<>(List.of(LUNSFORD)), "Ann Able", "Mrs",
				"ann@lunsford.sch.uk", StaffType.TEACHER, StaffStatus.ACTIVE, LocalDate.of(2020, 9, 1), "E1", true);
		StaffRow leaver = accepted(new StaffRowInput("E1", "Ann Able-Baker", null, StaffType.LEADERSHIP, StaffStatus.LEFT,
				null));

		Person after = leaver.applyTo(stored, LUNSFORD);

		assertThat(after).isNotEqualTo(stored)
			.isEqualTo(new Person("p1", "asset-education", List.of(LUNSFORD), "Ann Able-Baker", "Mrs", null,
					StaffType.LEADERSHIP, StaffStatus.LEFT, null, "E1", true));
	}

	@Test
	void theSamePersonAtASecondSchoolGainsThatSchool() {
		StaffRow row = accepted(new StaffRowInput("E1", "Ann Able", null, StaffType.TEACHER, StaffStatus.ACTIVE, null));
		Person atLunsford = row.newPerson("p1", "asset-education", LUNSFORD);

		Person atBoth = row.applyTo(atLunsford, COP_LANE);

		assertThat(atBoth.schoolIds()).containsExactly(LUNSFORD, COP_LANE);
		assertThat(row.applyTo(atBoth, COP_LANE)).isEqualTo(atBoth);
		assertThat(row.applyTo(atBoth, LUNSFORD)).isEqualTo(atBoth);
	}

	@Test
	void theExternalKeyIsDerivedFromTrustAndExternalIdWhateverIsPassed() {
		Person person = new Person("p1", "asset-education", List.of(LUNSFORD), "Ann Able", null, null, StaffType.TEACHER,
				StaffStatus.ACTIVE, null, "E1", false, "something-else");

		assertThat(person.externalKey()).isEqualTo("asset-education:E1");
		assertThat(new Person("p2", "asset-education", List.of(LUNSFORD), "Bo", null, null, null, StaffStatus.ACTIVE, null,
				null, false).externalKey()).isNull();
	}

	private static StaffRow accepted(StaffRowInput input) {
		return StaffRows.check(List.of(input), TODAY).accepted().get(0);
	}

	private static StaffRowInput teacher(String externalId, String name) {
		return new StaffRowInput(externalId, name, null, StaffType.TEACHER, StaffStatus.ACTIVE, null);
	}

	private static StaffRowInput withEmail(StaffRowInput row, String email) {
		return new StaffRowInput(row.externalId(), row.name(), email, row.staffType(), row.status(), row.startDate());
	}

	private static StaffRowInput startingOn(StaffRowInput row, LocalDate startDate) {
		return new StaffRowInput(row.externalId(), row.name(), row.email(), row.staffType(), row.status(), startDate);
	}

}
