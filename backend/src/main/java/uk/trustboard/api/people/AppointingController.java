package uk.trustboard.api.people;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class AppointingController {

	private final Appointments appointments;

	AppointingController(Appointments appointments) {
		this.appointments = appointments;
	}

	@MutationMapping
	AppointmentPayload appointPerson(@Argument AppointPersonInput input) {
		return this.appointments.appoint(input);
	}

	@MutationMapping
	AppointmentPayload endAppointment(@Argument EndAppointmentInput input) {
		return this.appointments.end(input);
	}

}
