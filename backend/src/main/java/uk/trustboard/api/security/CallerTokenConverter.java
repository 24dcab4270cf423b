package uk.trustboard.api.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the caller from a verified token using the configured {@link ClaimNames}. A token
 * without a trust or without a role Trustboard knows is refused as invalid (401): it may be
 * genuine, but it was not issued for Trustboard. So is one without an expiry or a subject.
 */
class CallerTokenConverter implements Converter<Jwt, CallerAuthentication> {

	private final ClaimNames claims;

	CallerTokenConverter(ClaimNames claims) {
		this.claims = claims;
	}

	@Override
	public CallerAuthentication convert(Jwt jwt) {
		// Spring Security lets a token without exp live for ever; a leaked one must not
		if (jwt.getExpiresAt() == null) {
			throw new InvalidBearerTokenException("The token has no expiry (exp)");
		}
		// every change is audited under the caller's subject
		if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
			throw new InvalidBearerTokenException("The token names no subject (sub)");
		}
		Set<Role> roles = roles(strings(claim(jwt, this.claims.roles())));
		if (roles.isEmpty()) {
			throw new InvalidBearerTokenException("The token carries no Trustboard role");
		}
		// an integration reads the whole trust: a person's token that also carried it would widen
		// that person's school scope to every school, so the mix is a misconfigured issuer
		if (roles.contains(Role.INTEGRATION) && roles.size() > 1) {
			throw new InvalidBearerTokenException("A token is a machine client's (INTEGRATION) or a person's, not both");
		}
		String trustId = single(claim(jwt, this.claims.trust()));
		if (trustId == null) {
			throw new InvalidBearerTokenException("The token names no trust");
		}
		Caller caller = new Caller(jwt.getSubject(), clientId(jwt), roles, trustId,
				strings(claim(jwt, this.claims.schools())), single(claim(jwt, this.claims.person())),
				new LinkedHashSet<>(strings(firstPresent(jwt, List.of("scope", "scp")))));
		List<GrantedAuthority> authorities = new ArrayList<>();
		caller.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		return new CallerAuthentication(jwt, caller, authorities);
	}

	private Set<Role> roles(List<String> values) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (this.claims.valuesFor(role).stream().anyMatch(values::contains)) {
				roles.add(role);
			}
		}
		return roles;
	}

	private String clientId(Jwt jwt) {
		return single(firstPresent(jwt, this.claims.client()));
	}

	private static Object firstPresent(Jwt jwt, List<String> names) {
		return names.stream().map(name -> claim(jwt, name)).filter(value -> value != null).findFirst().orElse(null);
	}

	/** A claim by dotted path, e.g. {@code realm_access.roles}. */
	private static Object claim(Jwt jwt, String path) {
		Object value = jwt.getClaims();
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return value;
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (value instanceof String text && !text.isBlank()) {
			return Arrays.asList(text.trim().split("\\s+"));
		}
		return List.of();
	}

	private static String single(Object value) {
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

}
