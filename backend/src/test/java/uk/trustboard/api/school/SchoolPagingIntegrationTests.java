package uk.trustboard.api.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolPagingIntegrationTests extends IntegrationTest {

	@Test
	void pagesThroughEverySchoolOnceInNameOrder() {
		List<String> names = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = as("trust-executive").documentName("schoolsPage")
				.variable("trustId", "asset-education")
				.variable("first", 1)
				.variable("after", after)
				.execute();
			names.addAll(response.path("schools.edges[*].node.name").entityList(String.class).get());
			more = response.path("schools.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("schools.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(names).containsExactly("Cop Lane C.E. Primary School", "Lunsford Primary School",
				"Monkhouse Primary School", "Our Lady and St Rose of Lima Primary School");
	}

	@Test
	void forgedCursorIsABadRequestAndReturnsNoSchools() {
		// a cursor in the format of Spring's default JSON strategy, naming a class to instantiate
		String forged = java.util.Base64.getEncoder()
			.encodeToString("{\"@class\":\"java.net.URL\",\"val\":\"http://example.org\"}".getBytes());
		var response = as("trust-executive").documentName("schoolsPage")
			.variable("trustId", "asset-education")
			.variable("first", 10)
			.variable("after", forged)
			.execute();
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
		response.path("schools.edges").entityList(Map.class).hasSize(0);
	}

	@Test
	void firstAboveTheCapIsABadRequest() {
		as("trust-executive").documentName("schoolsPage")
			.variable("trustId", "asset-education")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("between 1 and 100")));
	}

}
