package uk.trustboard.api.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of an import that passed every check, its text trimmed. {@link #applyTo} and
 * {@link #newPerson} are what importing it makes of a person, in memory: the import compares them
 * with the stored person to skip unchanged rows, and tells listeners the result of each write.
 * {@link PersonRepository#importRow} writes exactly the same (PersonRepositoryTests holds the two
 * together), so a change to one must be made to the other.
 *
 * @param number the row's position in the call, counting from 1
 * @param email null when the row has none, which clears a stored one
 * @param startDate null when the row has none, which clears a stored one
 */
record StaffRow(int number, String externalId, String name, String email, StaffType staffType, StaffStatus status,
		LocalDate startDate) {

	/** The person as importing this row at the school leaves them: the row's fields, the school added, the rest kept. */
	Person applyTo(Person before, String schoolId) {
		List<String> schoolIds = new ArrayList<>((before.schoolIds() != null) ? before.schoolIds() : List.of());
		if (!schoolIds.contains(schoolId)) {
			schoolIds.add(schoolId);
		}
		return new Person(before.id(), before.trustId(), List.copyOf(schoolIds), this.name, before.honorific(),
				this.email, this.staffType, this.status, this.startDate, before.externalId(), before.fictional());
	}

	/** The person this row creates when its external id is new to the trust. */
	Person newPerson(String id, String trustId, String schoolId) {
		return new Person(id, trustId, List.of(schoolId), this.name, null, this.email, this.staffType, this.status,
				this.startDate, this.externalId, false);
	}

}
