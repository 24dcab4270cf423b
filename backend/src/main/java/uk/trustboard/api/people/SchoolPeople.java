package uk.trustboard.api.people;

import java.util.Comparator;
import java.util.List;

/** The named roles at one school, derived from its appointments. */
public record SchoolPeople(Appointment headteacher, Appointment dsl, List<Appointment> deputyDsls,
		Appointment leadGovernor, List<Appointment> history) {

	private static final Comparator<Appointment> NEWEST_FIRST = Comparator
		.comparing((Appointment appointment) -> appointment.since().date())
		.reversed()
		.thenComparing(Appointment::id);

	public static SchoolPeople of(List<Appointment> appointments) {
		List<Appointment> history = appointments.stream().sorted(NEWEST_FIRST).toList();
		List<Appointment> current = history.stream().filter(Appointment::current).toList();
		return new SchoolPeople(first(current, AppointmentRole.HEADTEACHER), first(current, AppointmentRole.DSL),
				current.stream().filter(appointment -> appointment.role() == AppointmentRole.DEPUTY_DSL).toList(),
				first(current, AppointmentRole.LEAD_GOVERNOR), history);
	}

	private static Appointment first(List<Appointment> current, AppointmentRole role) {
		return current.stream().filter(appointment -> appointment.role() == role).findFirst().orElse(null);
	}

}
