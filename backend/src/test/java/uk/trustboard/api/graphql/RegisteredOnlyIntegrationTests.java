package uk.trustboard.api.graphql;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trust that lets staff run only the front end's registered operations
 * ({@code trustboard.graphql.ad-hoc-roles} without STAFF), end to end. (Its own application
 * context: every other test runs with the default, every role.)
 */
@TestPropertySource(properties = "trustboard.graphql.ad-hoc-roles=TRUST_EXECUTIVE,SCHOOL_HEAD,INTEGRATION")
class RegisteredOnlyIntegrationTests extends IntegrationTest {

	private static final String MY_OUTSTANDING = """
			query MyOutstandingPolicies($asOf: Date!) {
			  myOutstandingPolicies(asOf: $asOf) { versionNumber }
			}""";

	@Test
	void staffRunTheRegisteredOperationByIdButNotTheirOwnDocument() {
		String id = GuideOperationIds.of("MyOutstandingPolicies");

		call("lunsford-staff", Map.of("variables", Map.of("asOf", "2026-11-22"), "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id))))
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.myOutstandingPolicies").isArray();
		call("lunsford-staff", Map.of("query", MY_OUTSTANDING, "variables", Map.of("asOf", "2026-11-22")))
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_REQUIRED");
	}

	@Test
	void aPersistedQueryWithoutAnIdDoesNotLetStaffRunTheirOwnDocument() {
		call("lunsford-staff", Map.of("query", "{ trusts { name } }", "extensions",
				Map.of("persistedQuery", Map.of("version", 1))))
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_INVALID")
			.jsonPath("$.errors[0].message").value(String.class,
					message -> assertThat(message).contains("extensions.persistedQuery.sha256Hash"));
	}

	@Test
	void aRegisteredIdDoesNotCarryAnotherTextThrough() {
		call("lunsford-staff", Map.of("query", "{ trusts { name } }", "variables", Map.of("asOf", "2026-11-22"),
				"extensions", Map.of("persistedQuery",
						Map.of("version", 1, "sha256Hash", GuideOperationIds.of("MyOutstandingPolicies")))))
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_MISMATCH");
	}

	@Test
	void anAllowedRoleStillSendsItsOwnDocuments() {
		call("lunsford-head", Map.of("query", "{ school(id: \"lunsford-primary\") { name } }"))
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.school.name").isEqualTo("Lunsford Primary School");
	}

	private WebTestClient.BodyContentSpec call(String clientId, Map<String, Object> body) {
		return http().build()
			.post()
			.uri(url("/graphql"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.token(clientId))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus().isOk()
			.expectBody();
	}

}
