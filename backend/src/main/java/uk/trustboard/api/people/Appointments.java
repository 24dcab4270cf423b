package uk.trustboard.api.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.common.DocumentDate;
import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.school.School;
import uk.trustboard.api.school.SchoolRepository;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/**
 * A head appoints people of their school to its named roles and ends appointments. Without
 * transactions, replacing a holder is two single-document writes in a safe order: close the
 * current holder, then insert the new one, whose slot the unique index guards. Two heads racing
 * for the same role cannot both insert: the loser reads the winner as the current holder and tries
 * again, so the last call wins and history records both.
 */
@Service
class Appointments {

	/** Trustboard's schools are in the UK: "today" is the UK's date, not the server's or UTC's. */
	static final ZoneId SCHOOLS_ZONE = ZoneId.of("Europe/London");

	private static final int ATTEMPTS = 3;

	private final AppointmentRepository appointments;

	private final SchoolRepository schools;

	private final SchoolMembers members;

	private final Clock clock;

	Appointments(AppointmentRepository appointments, SchoolRepository schools, SchoolMembers members, Clock clock) {
		this.appointments = appointments;
		this.schools = schools;
		this.members = members;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	AppointmentPayload appoint(AppointPersonInput input) {
		TenantScope scope = Callers.scope();
		School school = this.schools.findById(input.schoolId(), scope)
			.orElseThrow(() -> new NotFoundException("school", input.schoolId()));
		LocalDate since = (input.since() != null) ? input.since() : today();
		List<UserError> errors = new ArrayList<>();
		String title = text("title", input.title(), 200, errors);
		String responsibility = text("responsibility", input.responsibility(), 500, errors);
		notInTheFuture("since", since, errors);
		errors.addAll(this.members.checkOne(school.id(), input.personId(), "personId", scope));
		if (!errors.isEmpty()) {
			return AppointmentPayload.rejected(errors);
		}
		var appointment = new Appointment(
				school.id() + "-" + input.role().name().toLowerCase().replace('_', '-') + "-" + input.personId() + "-"
						+ UUID.randomUUID().toString().substring(0, 8),
				school.trustId(), school.id(), input.role(), input.personId(), title, responsibility,
				new DocumentDate(since, DocumentDate.Precision.DAY), null, null,
				Appointment.slotOf(school.id(), input.role(), input.personId()));
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			List<Appointment> current = this.appointments.findCurrent(school.id(), input.role(), scope);
			Optional<Appointment> held = current.stream().filter(a -> a.personId().equals(input.personId())).findFirst();
			if (held.isPresent()) {
				return AppointmentPayload.of(held.get());
			}
			if (input.role().singleHolder()) {
				for (Appointment holder : current) {
					if (since.isBefore(holder.since().date())) {
						return AppointmentPayload.rejected(UserError.of("since", UserErrorCode.INVALID_DATE,
								"since must not be before the current holder's, " + holder.since().date()));
					}
				}
				// a holder closed meanwhile by a concurrent call comes back empty: nothing left to do for it
				current.forEach(holder -> this.appointments.close(holder.id(), since, scope));
			}
			try {
				return AppointmentPayload.of(this.appointments.insert(appointment, scope));
			}
			catch (DuplicateKeyException ex) {
				// another call took the slot between our read and our insert: read again
			}
		}
		return AppointmentPayload.rejected(UserError.of("role", UserErrorCode.CONCURRENT_CHANGE,
				"Someone else is changing this role at the same moment; read the school again and retry"));
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	AppointmentPayload end(EndAppointmentInput input) {
		TenantScope scope = Callers.scope();
		Appointment appointment = this.appointments.findById(input.appointmentId(), scope)
			.orElseThrow(() -> new NotFoundException("appointment", input.appointmentId()));
		LocalDate until = (input.until() != null) ? input.until() : today();
		if (!appointment.current()) {
			return endedAlready(appointment, until);
		}
		List<UserError> errors = new ArrayList<>();
		notInTheFuture("until", until, errors);
		if (until.isBefore(appointment.since().date())) {
			errors.add(UserError.of("until", UserErrorCode.INVALID_DATE,
					"until must not be before the appointment's since, " + appointment.since().date()));
		}
		if (!errors.isEmpty()) {
			return AppointmentPayload.rejected(errors);
		}
		return this.appointments.close(appointment.id(), until, scope)
			.map(AppointmentPayload::of)
			// ended by a concurrent call between our read and our write
			.orElseGet(() -> endedAlready(this.appointments.findById(appointment.id(), scope)
				.orElseThrow(() -> new NotFoundException("appointment", appointment.id())), until));
	}

	/** Ending again on the same date is a repeat of a call that succeeded; on another date, a conflict. */
	private static AppointmentPayload endedAlready(Appointment appointment, LocalDate until) {
		if (until.equals(appointment.until())) {
			return AppointmentPayload.of(appointment);
		}
		return AppointmentPayload.rejected(UserError.of("until", UserErrorCode.ALREADY_ENDED,
				"The appointment already ended on " + appointment.until()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(SCHOOLS_ZONE));
	}

	/** An appointment is current as soon as it is stored, so a future date would show it before it is true. */
	private void notInTheFuture(String field, LocalDate date, List<UserError> errors) {
		if (date.isAfter(today())) {
			errors.add(UserError.of(field, UserErrorCode.INVALID_DATE,
					field + " must be today (" + today() + ") or earlier, was " + date));
		}
	}

	private static String text(String field, String value, int maxLength, List<UserError> errors) {
		String text = (value != null) ? value.strip() : null;
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (text.length() > maxLength) {
			errors.add(UserError.of(field, UserErrorCode.TOO_LONG,
					field + " must be at most " + maxLength + " characters, was " + text.length()));
		}
		return text;
	}

}
