package uk.trustboard.api.people;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Batches;
import uk.trustboard.api.security.Callers;

@Controller
class AppointmentController {

	private final PersonRepository people;

	AppointmentController(PersonRepository people) {
		this.people = people;
	}

	@BatchMapping
	Map<Appointment, Person> person(List<Appointment> appointments) {
		var found = this.people.findAllById(Batches.keys(appointments, Appointment::personId), Callers.scope());
		return Batches.referenced(appointments, Appointment::personId, found, Person::id);
	}

}
