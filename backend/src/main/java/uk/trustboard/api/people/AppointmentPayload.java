package uk.trustboard.api.people;

import java.util.List;

import uk.trustboard.api.graphql.MutationPayload;
import uk.trustboard.api.graphql.UserError;

record AppointmentPayload(Appointment appointment, List<UserError> userErrors) implements MutationPayload {

	static AppointmentPayload of(Appointment appointment) {
		return new AppointmentPayload(appointment, List.of());
	}

	static AppointmentPayload rejected(List<UserError> errors) {
		return new AppointmentPayload(null, List.copyOf(errors));
	}

	static AppointmentPayload rejected(UserError error) {
		return rejected(List.of(error));
	}

}
