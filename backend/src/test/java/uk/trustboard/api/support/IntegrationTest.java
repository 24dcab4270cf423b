package uk.trustboard.api.support;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * End-to-end tests: the whole application on a random port with an in-memory embedded MongoDB
 * loaded from seed-data/, called over HTTP with real tokens from {@link TestIssuer}. Every
 * subclass shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MongoCommandCounting.class)
public abstract class IntegrationTest {

	/**
	 * When the application's clock starts in every integration test, whatever today is: the seed
	 * data's review dates and the tests' own dates are written against it.
	 */
	public static final Instant CLOCK_START = Instant.parse("2026-11-22T09:00:00Z");

	/** The date in the UK at {@link #CLOCK_START}; the suite would have to run 15 hours to leave it. */
	public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoCommandCounter mongoCommands;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.get().issuer());
		registry.add("trustboard.clock.start", CLOCK_START::toString);
	}

	/** A GraphQL client signed in as one of the demo logins, e.g. {@code lunsford-head}. */
	protected HttpGraphQlTester as(String clientId) {
		return withToken(TestIssuer.token(clientId));
	}

	/** A GraphQL client presenting the given bearer token. */
	protected HttpGraphQlTester withToken(String token) {
		return anonymous().mutate().header("Authorization", "Bearer " + token).build();
	}

	protected HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.create(http().baseUrl(url("/graphql")).build());
	}

	protected WebTestClient.Builder http() {
		return WebTestClient.bindToServer();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
