package uk.trustboard.api.people;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.common.DocumentDate;

/**
 * One person in one named role at a school for a period. Replacing someone closes their
 * appointment ({@code until}) and opens a new one, so the history of who held a role is kept.
 */
@Document("appointments")
public record Appointment(@Id String id, String trustId, String schoolId, AppointmentRole role, String personId,
		String title, String responsibility, DocumentDate since, LocalDate until, String source) {

	public boolean current() {
		return this.until == null;
	}

}
