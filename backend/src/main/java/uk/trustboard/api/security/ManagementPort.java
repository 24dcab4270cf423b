package uk.trustboard.api.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that arrive on a separate management port ({@code management.server.port}), where
 * Prometheus scrapes metrics. That port is meant to be reachable only inside the cluster (the
 * Kubernetes Service does not publish it and the NetworkPolicy admits only the monitoring
 * namespace), so it needs no token. Without a separate port this matches nothing, and metrics
 * need a bearer token like every other endpoint.
 */
class ManagementPort implements RequestMatcher {

	private final Environment environment;

	ManagementPort(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		Integer port = this.environment.getProperty("local.management.port", Integer.class);
		Integer serverPort = this.environment.getProperty("local.server.port", Integer.class);
		return port != null && port > 0 && !port.equals(serverPort) && request.getLocalPort() == port
				&& request.getRequestURI().startsWith("/actuator/");
	}

}
