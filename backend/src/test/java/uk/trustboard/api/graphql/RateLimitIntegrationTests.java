package uk.trustboard.api.graphql;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

/** A small budget and a clock the test moves, so that spending and refilling take no real time. */
@TestPropertySource(properties = { "trustboard.limits.max-cost=2000", "trustboard.limits.rate.capacity=2000",
		"trustboard.limits.rate.refill-per-second=100" })
@Import(RateLimitIntegrationTests.HandMovedClock.class)
class RateLimitIntegrationTests extends IntegrationTest {

	// 1 + (1 + 100 x (1 + (1 + 10 x 1))) = 1202 points: one fits in the budget of 2000, two do not
	private static final String QUERY = HostileDocuments
		.body("{ schools(trustId: \"asset-education\", first: 100) { edges { node { channels { managers { name } } } } } }");

	@Autowired
	MutableClock clock;

	@Test
	void aCallerOverItsBudgetGets429AndRetryAfterUntilItsBucketRefills() {
		post("trust-executive").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(1202)
			.jsonPath("$.extensions.cost.remaining")
			.isEqualTo(798);

		// 404 points short at 100 a second
		post("trust-executive").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "5")
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.errors[0].extensions.retryAfterSeconds")
			.isEqualTo(5)
			.jsonPath("$.errors[0].message")
			.isEqualTo("Rate limit: the query costs 1202 points and 798 remain; retry after 5 s");

		// another caller has a budget of its own
		post("lunsford-head").expectStatus().isOk().expectBody().jsonPath("$.data.schools").exists();

		this.clock.advance(Duration.ofSeconds(5));
		post("trust-executive").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.schools.edges")
			.isNotEmpty()
			.jsonPath("$.extensions.cost.remaining")
			.isEqualTo(96);
	}

	private WebTestClient.ResponseSpec post(String login) {
		return http().build()
			.post()
			.uri(url("/graphql"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.token(login))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HandMovedClock {

		@Bean
		@Primary
		MutableClock handMovedClock() {
			return new MutableClock();
		}

	}

}
