package uk.trustboard.api.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token together with the {@link Caller} it describes. */
public class CallerAuthentication extends JwtAuthenticationToken {

	private final Caller caller;

	CallerAuthentication(Jwt jwt, Caller caller, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, authorities, caller.subject());
		this.caller = caller;
	}

	public Caller caller() {
		return this.caller;
	}

}
