package uk.trustboard.api.infra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import uk.trustboard.api.security.ClaimNames;
import uk.trustboard.api.security.Role;
import uk.trustboard.devissuer.DemoClient;
import uk.trustboard.devissuer.DevIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * infra/keycloak/trustboard-realm.json against the application: the claims its mappers write are
 * the claims the application reads with its default configuration, its roles are Trustboard's,
 * and its demo clients are the development issuer's, with the same facts in their tokens.
 */
class KeycloakRealmTests {

	private final JsonNode realm = JsonMapper.shared().readTree(InfraFiles.text("keycloak/trustboard-realm.json"));

	/** What the application reads when nothing is configured: the defaults the README documents. */
	private final ClaimNames claims = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("trustboard.security.claims", ClaimNames.class);

	@Test
	void theRealmRolesAreTrustboardsRoles() {
		assertThat(values(this.realm.path("roles").path("realm"), "name"))
			.containsExactlyInAnyOrder(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
	}

	@Test
	void theMappersWriteExactlyTheClaimsTheApplicationReads() {
		JsonNode mappers = trustboardScope().path("protocolMappers");
		List<String> claimNames = new ArrayList<>();
		for (JsonNode mapper : mappers) {
			String claim = mapper.path("config").path("claim.name").asString(null);
			if (claim != null) {
				claimNames.add(claim);
				assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
			}
		}
		assertThat(claimNames).containsExactlyInAnyOrder(this.claims.roles(), this.claims.trust(), this.claims.schools(),
				this.claims.person());
		assertThat(mapper(mappers, this.claims.roles()).path("protocolMapper").asString())
			.isEqualTo("oidc-usermodel-realm-role-mapper");
		assertThat(mapper(mappers, this.claims.schools()).path("config").path("multivalued").asString()).isEqualTo("true");
		assertThat(mapper(mappers, this.claims.trust()).path("config").path("multivalued").asString()).isEqualTo("false");
	}

	@Test
	void tokensCarryTheAudienceTheApiRequires() {
		List<String> audiences = new ArrayList<>();
		for (JsonNode mapper : trustboardScope().path("protocolMappers")) {
			if (mapper.path("protocolMapper").asString().equals("oidc-audience-mapper")) {
				audiences.add(mapper.path("config").path("included.custom.audience").asString());
			}
		}
		assertThat(audiences).containsExactly(DevIssuer.AUDIENCE);
	}

	@Test
	void theDemoClientsAreTheDevelopmentIssuersWithTheSameFacts() {
		assertThat(values(this.realm.path("clients"), "clientId"))
			.containsExactlyInAnyOrder(DemoClient.ALL.stream().map(DemoClient::clientId).toArray(String[]::new));
		for (DemoClient demo : DemoClient.ALL) {
			JsonNode client = find(this.realm.path("clients"), "clientId", demo.clientId());
			assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
			assertThat(strings(client.path("defaultClientScopes"))).contains("trustboard").containsAll(demo.scopes());
			JsonNode user = find(this.realm.path("users"), "serviceAccountClientId", demo.clientId());
			assertThat(strings(user.path("realmRoles"))).containsExactlyInAnyOrderElementsOf(demo.roles());
			JsonNode attributes = user.path("attributes");
			assertThat(strings(attributes.path(this.claims.trust()))).containsExactly(demo.trustId());
			assertThat(strings(attributes.path(this.claims.schools()))).containsExactlyElementsOf(demo.schoolIds());
			assertThat(strings(attributes.path(this.claims.person())))
				.containsExactlyElementsOf(demo.personId() == null ? List.of() : List.of(demo.personId()));
		}
	}

	@Test
	void everyScopeAClientNamesIsDefined() {
		List<String> defined = values(this.realm.path("clientScopes"), "name");
		for (JsonNode client : this.realm.path("clients")) {
			assertThat(defined).containsAll(strings(client.path("defaultClientScopes")));
		}
	}

	private JsonNode trustboardScope() {
		return find(this.realm.path("clientScopes"), "name", "trustboard");
	}

	private static JsonNode mapper(JsonNode mappers, String claim) {
		for (JsonNode mapper : mappers) {
			if (claim.equals(mapper.path("config").path("claim.name").asString(null))) {
				return mapper;
			}
		}
		throw new AssertionError("no mapper writes " + claim);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.path(field).asString(null))) {
				return node;
			}
		}
		throw new AssertionError("nothing with " + field + " = " + value);
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.path(field).asString()));
		return values;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.asString()));
		return values;
	}

}
