package uk.trustboard.api.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the request being served. */
public final class Callers {

	private Callers() {
	}

	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication callerAuthentication) {
			return callerAuthentication.caller();
		}
		throw new AccessDeniedException("No signed-in Trustboard caller");
	}

	public static TenantScope scope() {
		return current().scope();
	}

}
