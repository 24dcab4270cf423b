package uk.trustboard.api.school;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import uk.trustboard.api.graphql.NotFoundException;
import uk.trustboard.api.graphql.UserError;
import uk.trustboard.api.graphql.UserErrorCode;
import uk.trustboard.api.security.Callers;
import uk.trustboard.api.security.TenantScope;

/** A head changes the details of one of their own schools. All input is checked before anything is written. */
@Service
class SchoolDetailsEditing {

	private static final Pattern URN = Pattern.compile("\\d{6}");

	private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}", Pattern.CASE_INSENSITIVE);

	private final SchoolRepository schools;

	SchoolDetailsEditing(SchoolRepository schools) {
		this.schools = schools;
	}

	@PreAuthorize("hasAuthority('MANAGE_SCHOOL')")
	UpdateSchoolDetailsPayload update(UpdateSchoolDetailsInput input) {
		TenantScope scope = Callers.scope();
		School school = this.schools.findById(input.schoolId(), scope)
			.orElseThrow(() -> new NotFoundException("school", input.schoolId()));
		List<UserError> errors = new ArrayList<>();
		Map<String, String> changes = new LinkedHashMap<>();
		check("urn", input.urn(), 6, URN, "six digits, e.g. 118650", changes, errors);
		check("localAuthority", input.localAuthority(), 200, null, null, changes, errors);
		check("website", input.website(), 200, WEBSITE, "an http:// or https:// address", changes, errors);
		check("staffEmailDomain", input.staffEmailDomain(), 253, DOMAIN, "a domain such as school.sch.uk", changes,
				errors);
		check("motto", input.motto(), 200, null, null, changes, errors);
		check("vision", input.vision(), 2000, null, null, changes, errors);
		if (!errors.isEmpty()) {
			return new UpdateSchoolDetailsPayload(null, errors);
		}
		if (changes.isEmpty()) {
			return new UpdateSchoolDetailsPayload(school, List.of());
		}
		School updated = this.schools.updateDetails(school.id(), changes, scope)
			.orElseThrow(() -> new NotFoundException("school", input.schoolId()));
		return new UpdateSchoolDetailsPayload(updated, List.of());
	}

	/** Adds a present field to the changes (null clears it), or an error when it is not acceptable. */
	private static void check(String field, ArgumentValue<String> value, int maxLength, Pattern pattern, String form,
			Map<String, String> changes, List<UserError> errors) {
		if (value.isOmitted()) {
			return;
		}
		String text = (value.value() != null) ? value.value().strip() : null;
		if (text == null || text.isEmpty()) {
			changes.put(field, null);
		}
		else if (pattern != null && !pattern.matcher(text).matches()) {
			errors.add(UserError.of(field, UserErrorCode.INVALID_FORMAT, field + " must be " + form));
		}
		else if (text.length() > maxLength) {
			errors.add(UserError.of(field, UserErrorCode.TOO_LONG,
					field + " must be at most " + maxLength + " characters, was " + text.length()));
		}
		else {
			changes.put(field, text);
		}
	}

}
