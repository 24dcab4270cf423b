package uk.trustboard.api.support;

import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.people.Appointment;
import uk.trustboard.api.people.AppointmentRole;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolPhase;

/** Small named examples from the seed documents, for slice tests that need no database. */
public final class TestData {

	private TestData() {
	}

	public static School lunsford() {
		return new School("lunsford-primary", "asset-education", "Lunsford Primary School", null, SchoolPhase.PRIMARY,
				"Kent County Council", null, null, null, null);
	}

	public static School copLane() {
		return new School("cop-lane-ce-primary", "asset-education", "Cop Lane C.E. Primary School", null,
				SchoolPhase.PRIMARY, null, null, null, null,
				"A welcoming Christian community, committed to one another, giving our very best at all times.");
	}

	public static Appointment dslOf(School school, String personId, String title) {
		return new Appointment(school.id() + "-dsl-" + personId, school.trustId(), school.id(), AppointmentRole.DSL,
				personId, title, null, DocumentDate.parse("2024-09"), null, null);
	}

}
