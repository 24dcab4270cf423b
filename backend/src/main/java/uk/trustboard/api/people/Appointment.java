package uk.trustboard.api.people;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import uk.trustboard.api.common.DocumentDate;

/**
 * One person in one named role at a school for a period. Replacing someone closes their
 * appointment ({@code until}) and opens a new one, so the history of who held a role is kept.
 *
 * @param currentSlot set only while the appointment is current, to {@link #slotOf}; a unique
 * sparse index on it lets MongoDB itself refuse a second current DSL, headteacher or lead
 * governor, or the same deputy twice. Null on closed appointments and on data written before it.
 */
@Document("appointments")
public record Appointment(@Id String id, String trustId, String schoolId, AppointmentRole role, String personId,
		String title, String responsibility, DocumentDate since, LocalDate until, String source,
		String currentSlot) {

	/** An appointment without a slot, as written before the slot existed. */
	public Appointment(String id, String trustId, String schoolId, AppointmentRole role, String personId, String title,
			String responsibility, DocumentDate since, LocalDate until, String source) {
		this(id, trustId, schoolId, role, personId, title, responsibility, since, until, source, null);
	}

	/**
	 * The slot a current appointment holds: {@code <schoolId>:DSL} for the roles one person holds
	 * at a time, {@code <schoolId>:DEPUTY_DSL:<personId>} for deputies, of whom there may be several.
	 */
	public static String slotOf(String schoolId, AppointmentRole role, String personId) {
		return role.singleHolder() ? schoolId + ":" + role.name() : schoolId + ":" + role.name() + ":" + personId;
	}

	public boolean current() {
		return this.until == null;
	}

}
