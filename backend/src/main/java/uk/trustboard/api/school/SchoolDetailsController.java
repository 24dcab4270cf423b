package uk.trustboard.api.school;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SchoolDetailsController {

	private final SchoolDetailsEditing editing;

	SchoolDetailsController(SchoolDetailsEditing editing) {
		this.editing = editing;
	}

	@MutationMapping
	UpdateSchoolDetailsPayload updateSchoolDetails(@Argument UpdateSchoolDetailsInput input) {
		return this.editing.update(input);
	}

}
