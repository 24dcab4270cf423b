package uk.trustboard.api.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where in the token Trustboard finds each fact, so that any identity provider maps by
 * configuration: e.g. {@code roles} for Microsoft Entra ID app roles, {@code realm_access.roles}
 * for Keycloak realm roles, {@code groups} for Google. A dotted name reads a nested claim.
 *
 * @param roles claim holding the caller's roles (a list, or a space-separated string)
 * @param roleValues for each Trustboard role, the values of the roles claim that mean it
 * (default: the role's own name)
 * @param trust claim holding the trust id
 * @param schools claim holding the school ids (a list, or a space-separated string)
 * @param person claim holding the caller's person id
 * @param client claims that may hold the OAuth2 client id, first present wins
 */
@ConfigurationProperties("trustboard.security.claims")
public record ClaimNames(@DefaultValue("roles") String roles, Map<Role, List<String>> roleValues,
		@DefaultValue("trust_id") String trust, @DefaultValue("school_ids") String schools,
		@DefaultValue("person_id") String person, @DefaultValue({ "client_id", "azp" }) List<String> client) {

	public ClaimNames {
		roleValues = (roleValues != null) ? Map.copyOf(roleValues) : Map.of();
	}

	List<String> valuesFor(Role role) {
		return this.roleValues.getOrDefault(role, List.of(role.name()));
	}

}
