package uk.trustboard.api.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import uk.trustboard.devissuer.DevIssuer;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens signed by the running issuer's own key but wrong in one respect, and tokens not signed
 * by it at all: each gets 401 and no data. The API checks them against the issuer's published
 * keys, as it would against any OpenID Connect provider.
 */
class TokenValidationIntegrationTests extends IntegrationTest {

	private static final String QUERY = "{\"query\":\"{ school(id: \\\"lunsford-primary\\\") { name } }\"}";

	@Test
	void aGoodTokenIsAcceptedSoTheRefusalsBelowAreAboutTheirOneFault() {
		assertThat(call(signed(claims -> { }))).isEqualTo(HttpStatus.OK);
	}

	@Test
	void expiredBeyondTheClockSkewIsRefused() {
		assertRefused(signed(claims -> claims.issueTime(ago(900)).notBeforeTime(ago(900)).expirationTime(ago(120))));
	}

	@Test
	void expiredWithinTheSixtySecondClockSkewIsStillAccepted() {
		assertThat(call(signed(claims -> claims.issueTime(ago(900)).notBeforeTime(ago(900)).expirationTime(ago(20)))))
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void notYetValidIsRefused() {
		assertRefused(signed(claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(300)))));
	}

	@Test
	void anotherIssuerIsRefused() {
		assertRefused(signed(claims -> claims.issuer("https://login.example.org/evil")));
	}

	@Test
	void anotherAudienceIsRefused() {
		assertRefused(signed(claims -> claims.audience("some-other-api")));
	}

	@Test
	void aSignatureByAnotherKeyIsRefused() {
		assertRefused(TestIssuer.sign(lunsfordHead().build(), DevIssuer.newSigningKey()));
	}

	@Test
	void anUnsignedTokenIsRefused() {
		String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		String payload = base64(lunsfordHead().build().toString());
		assertRefused(header + "." + payload + ".");
	}

	@Test
	void aTokenWithoutTrustOrRoleIsRefused() {
		assertRefused(signed(claims -> claims.claim("trust_id", null)));
		assertRefused(signed(claims -> claims.claim("roles", null)));
		assertRefused(signed(claims -> claims.claim("roles", List.of("SUPERUSER"))));
	}

	@Test
	void aPersonsTokenThatAlsoClaimsIntegrationIsRefused() {
		// otherwise the integration role's whole-trust scope would reach beyond the head's school
		assertRefused(signed(claims -> claims.claim("roles", List.of("SCHOOL_HEAD", "INTEGRATION"))));
		assertThat(call(signed(claims -> claims.claim("roles", List.of("SCHOOL_HEAD", "STAFF"))))).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aTokenThatNeverExpiresIsRefused() {
		assertRefused(signed(claims -> claims.expirationTime(null)));
	}

	@Test
	void aTokenWithoutASubjectIsRefused() {
		// the audit log names who did what: a change by nobody cannot be recorded
		assertRefused(signed(claims -> claims.subject(null)));
		assertRefused(signed(claims -> claims.subject(" ")));
	}

	@Test
	void garbageIsRefused() {
		assertRefused("not-a-jwt");
	}

	private void assertRefused(String token) {
		http().build()
			.post()
			.uri(url("/graphql"))
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED)
			.expectBody(String.class)
			.value(body -> assertThat(body == null ? "" : body).doesNotContain("Lunsford"));
	}

	private HttpStatus call(String token) {
		return HttpStatus.resolve(http().build()
			.post()
			.uri(url("/graphql"))
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value());
	}

	private static String signed(Consumer<JWTClaimsSet.Builder> change) {
		JWTClaimsSet.Builder claims = lunsfordHead();
		change.accept(claims);
		return TestIssuer.sign(claims.build());
	}

	private static JWTClaimsSet.Builder lunsfordHead() {
		return TestIssuer.claims("token-test-head", "SCHOOL_HEAD", "asset-education", List.of("lunsford-primary"));
	}

	private static Date ago(long seconds) {
		return Date.from(Instant.now().minusSeconds(seconds));
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
