package uk.trustboard.api.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard's end-to-end tests share: the query, as an executive of a fixture trust, and reading one school's row. */
abstract class DashboardQueries extends IntegrationTest {

	static final String AS_OF = "2026-11-22";

	@Autowired
	MongoTemplate mongo;

	GraphQlTester.Response dashboard(String trustId, Map<String, Object> options) {
		return dashboard(executiveOf(trustId), trustId, options);
	}

	GraphQlTester.Response dashboard(HttpGraphQlTester tester, String trustId, Map<String, Object> options) {
		var request = tester.documentName("complianceDashboard").variable("trustId", trustId).variable("asOf", AS_OF);
		for (var option : options.entrySet()) {
			request = request.variable(option.getKey(), option.getValue());
		}
		return request.execute();
	}

	HttpGraphQlTester executiveOf(String trustId) {
		return withToken(TestIssuer.sign(TestIssuer.claims("executive-of-" + trustId, "TRUST_EXECUTIVE", trustId, List.of()).build()));
	}

	/** One field of school n's row. */
	static Object field(GraphQlTester.Response response, String trustId, int n, String field) {
		List<Object> values = response
			.path("complianceDashboard.schools[?(@.school.id == '%s')].%s".formatted(DashboardFixtures.school(trustId, n), field))
			.entityList(Object.class)
			.get();
		assertThat(values).as("%s of school %d", field, n).hasSize(1);
		return values.get(0);
	}

	/** The schools listed, as their numbers in the fixture trust, in the order given. */
	static List<Integer> order(GraphQlTester.Response response, String trustId) {
		String prefix = DashboardFixtures.school(trustId, 0);
		return response.path("complianceDashboard.schools[*].school.id")
			.entityList(String.class)
			.get()
			.stream()
			.map(id -> Integer.parseInt(id.substring(prefix.length() - 1)))
			.toList();
	}

}
