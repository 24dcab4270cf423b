package uk.trustboard.api.people;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class StaffImportController {

	private final StaffImport staffImport;

	StaffImportController(StaffImport staffImport) {
		this.staffImport = staffImport;
	}

	@MutationMapping
	ImportStaffPayload importStaff(@Argument ImportStaffInput input) {
		return this.staffImport.importStaff(input);
	}

}
