package uk.trustboard.api.security;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationIntegrationTests extends IntegrationTest {

	private static final String QUERY = "{\"query\":\"{ school(id: \\\"lunsford-primary\\\") { name } }\"}";

	@Test
	void requestWithoutTokenIsUnauthorizedAndGetsNoData() {
		http().build()
			.post()
			.uri(url("/graphql"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED)
			.expectBody(String.class)
			.value(body -> assertThat(body == null ? "" : body).doesNotContain("Lunsford"));
	}

	@Test
	void tokenThatIsNotSignedByTheIssuerIsUnauthorized() {
		String forged = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJsdW5zZm9yZC1oZWFkIiwiYXVkIjoidHJ1c3Rib2FyZC1hcGkifQ.";
		http().build()
			.post()
			.uri(url("/graphql"))
			.header("Authorization", "Bearer " + forged)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void tokenFromTheIssuerIsAccepted() {
		as("lunsford-staff").document("{ school(id: \"lunsford-primary\") { name } }")
			.execute()
			.path("school.name")
			.entity(String.class)
			.isEqualTo("Lunsford Primary School");
	}

	@Test
	void healthIsOpenForProbesAndChecksMongoWithPing() {
		http().build()
			.get()
			.uri(url("/actuator/health"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("\"status\":\"UP\""));
	}

	@Test
	void graphiqlIsNotServedOutsideTheLocalProfile() {
		http().build()
			.get()
			.uri(url("/graphiql"))
			.header("Authorization", "Bearer " + uk.trustboard.api.support.TestIssuer.token("trust-executive"))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
