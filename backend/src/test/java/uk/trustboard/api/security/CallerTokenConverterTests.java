package uk.trustboard.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Claim names are configuration: the same converter reads Entra ID, Keycloak and Google shaped tokens. */
class CallerTokenConverterTests {

	@Test
	void defaultClaimsAsTheDevelopmentIssuerWritesThem() {
		var converter = new CallerTokenConverter(new ClaimNames("roles", null, "trust_id", "school_ids", "person_id",
				List.of("client_id", "azp")));
		var authentication = converter.convert(jwt(Map.of("roles", List.of("SCHOOL_HEAD"), "trust_id", "asset-education",
				"school_ids", List.of("lunsford-primary"), "person_id", "demo-lunsford-head", "client_id", "lunsford-head")));
		Caller caller = authentication.caller();
		assertThat(caller.roles()).containsExactly(Role.SCHOOL_HEAD);
		assertThat(caller.scope()).isEqualTo(TenantScope.schools("asset-education", List.of("lunsford-primary")));
		assertThat(caller.clientId()).isEqualTo("lunsford-head");
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("MANAGE_SCHOOL", "READ_DIRECTORY", "ROLE_SCHOOL_HEAD")
			.doesNotContain("READ_AUDIT");
	}

	@Test
	void keycloakRealmRolesWithTheirOwnNames() {
		var converter = new CallerTokenConverter(new ClaimNames("realm_access.roles",
				Map.of(Role.TRUST_EXECUTIVE, List.of("trustboard-executive")), "tenant", "schools", "pid",
				List.of("azp")));
		var caller = converter.convert(jwt(Map.of("realm_access", Map.of("roles", List.of("offline_access",
				"trustboard-executive")), "tenant", "asset-education", "azp", "trustboard-web"))).caller();
		assertThat(caller.roles()).containsExactly(Role.TRUST_EXECUTIVE);
		assertThat(caller.scope()).isEqualTo(TenantScope.trust("asset-education"));
		assertThat(caller.clientId()).isEqualTo("trustboard-web");
	}

	@Test
	void integrationsGetOnlyWhatTheirScopesGrant() {
		var converter = new CallerTokenConverter(new ClaimNames("roles", null, "trust_id", "school_ids", "person_id",
				List.of("client_id")));
		var caller = converter.convert(jwt(Map.of("roles", "INTEGRATION", "trust_id", "asset-education", "scope",
				"reviews:read unknown:scope"))).caller();
		assertThat(caller.permissions()).containsExactlyInAnyOrder(Permission.READ_DIRECTORY, Permission.READ_REVIEWS);
	}

	@Test
	void aTokenWithoutATrustOrAKnownRoleIsInvalid() {
		var converter = new CallerTokenConverter(new ClaimNames("roles", null, "trust_id", "school_ids", "person_id",
				List.of("client_id")));
		assertThatExceptionOfType(InvalidBearerTokenException.class)
			.isThrownBy(() -> converter.convert(jwt(Map.of("roles", List.of("STAFF")))));
		assertThatExceptionOfType(InvalidBearerTokenException.class)
			.isThrownBy(() -> converter.convert(jwt(Map.of("roles", List.of("ADMIN"), "trust_id", "asset-education"))));
	}

	private static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("someone")
			.issuedAt(Instant.parse("2026-11-22T09:00:00Z"))
			.expiresAt(Instant.parse("2026-11-22T10:00:00Z"))
			.claims(map -> map.putAll(claims))
			.build();
	}

}
