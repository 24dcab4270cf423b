package uk.trustboard.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Signs a caller in on the current thread, for slice tests that run without the HTTP security filters. */
public final class TestCallers {

	private TestCallers() {
	}

	public static Caller headOf(String trustId, String schoolId) {
		return new Caller("head-of-" + schoolId, null, Set.of(Role.SCHOOL_HEAD), trustId, List.of(schoolId), null,
				Set.of());
	}

	public static Caller executiveOf(String trustId) {
		return new Caller("executive-of-" + trustId, null, Set.of(Role.TRUST_EXECUTIVE), trustId, List.of(), null,
				Set.of());
	}

	public static void signIn(Caller caller) {
		Jwt jwt = Jwt.withTokenValue("test")
			.header("alg", "none")
			.subject(caller.subject())
			.issuedAt(Instant.EPOCH)
			.expiresAt(Instant.EPOCH.plusSeconds(1))
			.build();
		var authorities = caller.permissions().stream().map(permission -> new SimpleGrantedAuthority(permission.name())).toList();
		SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(jwt, caller, authorities));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
