package uk.trustboard.api.graphql;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class CostTicketTests {

	@Test
	void aMachineClientIsItsOwnCaller() {
		assertThat(CostTicket.of(token(Map.of("sub", "integration", "client_id", "integration"))).caller())
			.isEqualTo("integration");
	}

	@Test
	void aPersonIsACallerPerApplication() {
		assertThat(CostTicket.of(token(Map.of("sub", "alice", "azp", "trustboard-web"))).caller())
			.isEqualTo("alice via trustboard-web");
		assertThat(CostTicket.of(token(Map.of("sub", "alice", "client_id", "reports", "azp", "other"))).caller())
			.isEqualTo("alice via reports");
	}

	@Test
	void withoutAClientClaimTheSubjectIsTheCaller() {
		assertThat(CostTicket.of(token(Map.of("sub", "alice", "client_id", List.of("odd"))))).extracting(CostTicket::caller)
			.isEqualTo("alice");
	}

	@Test
	void anAuthenticationWithoutAJwtIsKeyedByItsName() {
		assertThat(CostTicket.of(new TestingAuthenticationToken("alice", "secret")).caller()).isEqualTo("alice");
		assertThat(CostTicket.of(null).caller()).isEqualTo("anonymous");
	}

	private static JwtAuthenticationToken token(Map<String, Object> claims) {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.claims(all -> all.putAll(claims))
			.issuedAt(Instant.parse("2026-11-01T09:00:00Z"))
			.build();
		return new JwtAuthenticationToken(jwt);
	}

}
