package uk.trustboard.api.people;

import org.springframework.data.domain.Window;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.Paging;
import uk.trustboard.api.school.School;
import uk.trustboard.api.security.Callers;

/**
 * Who may list a school's people: whoever may read the school (READ_DIRECTORY). That includes its
 * staff: who works at their own school, with work e-mail, kind and status, is no secret among
 * colleagues, and they see nothing of a school their token does not name.
 */
@Service
class StaffDirectory {

	private final PersonRepository people;

	StaffDirectory(PersonRepository people) {
		this.people = people;
	}

	@PreAuthorize("hasAuthority('READ_DIRECTORY')")
	Window<Person> staff(School school, StaffStatus status, Paging paging) {
		return this.people.page(school.trustId(), school.id(), status, paging, Callers.scope());
	}

}
