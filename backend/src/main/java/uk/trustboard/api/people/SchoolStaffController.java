package uk.trustboard.api.people;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.school.School;

@Controller
class SchoolStaffController {

	private final StaffDirectory directory;

	SchoolStaffController(StaffDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Not a batch mapping: each school asks for its own page (its own {@code after} cursor and
	 * status), so this is one query per school asked for; the cost limit bounds how many.
	 */
	@SchemaMapping(typeName = "School")
	Window<Person> staff(School school, @Argument StaffStatus status, ScrollSubrange subrange) {
		return this.directory.staff(school, status, Paging.of(subrange));
	}

}
