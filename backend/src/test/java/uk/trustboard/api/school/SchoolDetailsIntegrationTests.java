package uk.trustboard.api.school;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolDetailsIntegrationTests extends IntegrationTest {

	@Autowired
	MongoTemplate mongo;

	@Test
	void aHeadSetsAndClearsTheirSchoolsDetailsLeavingOmittedFieldsAlone() {
		var set = update(Map.of("schoolId", "lunsford-primary", "urn", "118650", "website",
				"https://www.lunsford.example", "staffEmailDomain", "lunsford.example"));
		set.path("updateSchoolDetails.userErrors").entityList(Object.class).hasSize(0);
		set.path("updateSchoolDetails.school.urn").entity(String.class).isEqualTo("118650");
		set.path("updateSchoolDetails.school.website").entity(String.class).isEqualTo("https://www.lunsford.example");

		Map<String, Object> clearWebsite = new LinkedHashMap<>();
		clearWebsite.put("schoolId", "lunsford-primary");
		clearWebsite.put("website", null);
		var cleared = update(clearWebsite);
		cleared.path("updateSchoolDetails.school.website").valueIsNull();
		cleared.path("updateSchoolDetails.school.urn").entity(String.class).isEqualTo("118650");

		School stored = this.mongo.findById("lunsford-primary", School.class);
		assertThat(stored.website()).isNull();
		assertThat(stored.urn()).isEqualTo("118650");
		assertThat(stored.name()).isEqualTo("Lunsford Primary School");
	}

	@Test
	void badInputComesBackAsUserErrorsAndNothingIsStored() {
		School before = this.mongo.findById("lunsford-primary", School.class);

		var response = update(Map.of("schoolId", "lunsford-primary", "urn", "12AB", "website", "javascript:alert(1)",
				"motto", "x".repeat(201), "staffEmailDomain", "not a domain"));

		response.path("updateSchoolDetails.school").valueIsNull();
		response.path("updateSchoolDetails.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("INVALID_FORMAT", "INVALID_FORMAT", "INVALID_FORMAT", "TOO_LONG");
		response.path("updateSchoolDetails.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input", "urn");
		assertThat(this.mongo.findById("lunsford-primary", School.class)).isEqualTo(before);
	}

	@Test
	void staffMayNotChangeTheirSchool() {
		var response = as("lunsford-staff").documentName("updateSchoolDetails")
			.variable("input", Map.of("schoolId", "lunsford-primary", "motto", "Staff were here"))
			.execute();
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
		assertThat(this.mongo.findById("lunsford-primary", School.class).motto()).isNotEqualTo("Staff were here");
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response update(Map<String, Object> input) {
		return as("lunsford-head").documentName("updateSchoolDetails").variable("input", input).execute();
	}

}
