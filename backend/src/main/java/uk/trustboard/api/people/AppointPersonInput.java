package uk.trustboard.api.people;

import java.time.LocalDate;

/** Whom to appoint to which role; {@code since} defaults to today. */
record AppointPersonInput(String schoolId, AppointmentRole role, String personId, String title, String responsibility,
		LocalDate since) {
}
