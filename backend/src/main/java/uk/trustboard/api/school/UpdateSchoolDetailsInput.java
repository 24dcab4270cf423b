package uk.trustboard.api.school;

import org.springframework.graphql.data.ArgumentValue;

/** A patch of a school's details: an omitted field is unchanged, an explicit null clears it. */
record UpdateSchoolDetailsInput(String schoolId, ArgumentValue<String> urn, ArgumentValue<String> localAuthority,
		ArgumentValue<String> website, ArgumentValue<String> staffEmailDomain, ArgumentValue<String> motto,
		ArgumentValue<String> vision) {
}
