package uk.trustboard.api.security;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

/**
 * A browser on the front end's origin (configured for the tests in application-test.yml) may call
 * the API; a page on any other site may not. {@link CorsSettingsTests} shows that none is allowed
 * by default.
 */
class CorsIntegrationTests extends IntegrationTest {

	private static final String FRONT_END = "https://front-end.trustboard.test";

	@Test
	void thePreflightFromTheFrontEndIsAllowedWithoutAToken() {
		http().build()
			.options()
			.uri(url("/graphql"))
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> methods.contains("POST"))
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "authorization, content-type")
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void theFrontEndsQueryIsAnsweredWithItsOriginAllowed() {
		http().build()
			.post()
			.uri(url("/graphql"))
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.token("lunsford-head"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ school(id: \\\"lunsford-primary\\\") { name } }\"}")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER)
			.expectBody().jsonPath("$.data.school.name").isEqualTo("Lunsford Primary School");
	}

	@Test
	void anotherSitesPreflightIsRefused() {
		http().build()
			.options()
			.uri(url("/graphql"))
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void anotherSitesQueryIsRefusedEvenWithAToken() {
		http().build()
			.post()
			.uri(url("/graphql"))
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.token("lunsford-head"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ school(id: \\\"lunsford-primary\\\") { name } }\"}")
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void theReviewFeedsFollowTheSameRule() {
		http().build()
			.method(HttpMethod.OPTIONS)
			.uri(url("/reviews/overdue.csv?asOf=2026-11-22"))
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END);
	}

}
