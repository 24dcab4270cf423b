package uk.trustboard.api.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in caller, as the token describes it.
 *
 * @param subject the token's subject (a user id, or a client id for machine clients)
 * @param clientId the OAuth2 client the token was issued to, if the token says
 * @param roles the caller's roles
 * @param trustId the one trust it belongs to
 * @param schoolIds the schools named in its token (heads and staff)
 * @param personId the person record it is, for staff acknowledging as themselves
 * @param scopes the OAuth2 scopes of the token
 */
public record Caller(String subject, String clientId, Set<Role> roles, String trustId, List<String> schoolIds,
		String personId, Set<String> scopes) {

	public Set<Permission> permissions() {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		this.roles.forEach(role -> permissions.addAll(Permission.of(role)));
		if (this.roles.contains(Role.INTEGRATION)) {
			this.scopes.forEach(scope -> permissions.addAll(Permission.ofScope(scope)));
		}
		return permissions;
	}

	/** Executives and integrations see their whole trust; heads and staff only the schools they are given. */
	public TenantScope scope() {
		boolean wholeTrust = this.roles.contains(Role.TRUST_EXECUTIVE) || this.roles.contains(Role.INTEGRATION);
		return wholeTrust ? TenantScope.trust(this.trustId) : TenantScope.schools(this.trustId, this.schoolIds);
	}

}
