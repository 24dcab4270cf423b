package uk.trustboard.api.people;

import java.time.LocalDate;

/** One row of a staff file as the school's MIS or HR system exports it; checked by {@link StaffRows}. */
record StaffRowInput(String externalId, String name, String email, StaffType staffType, StaffStatus status,
		LocalDate startDate) {
}
