package uk.trustboard.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.trustboard.devissuer.DemoClient;
import uk.trustboard.devissuer.DevIssuer;

/**
 * Starts the development issuer beside the API for the local run, and tells the user how to get
 * a token and what to ask. Only with {@code trustboard.dev-issuer.enabled=true} (the local profile).
 */
@Component
@ConditionalOnProperty("trustboard.dev-issuer.enabled")
class DevIssuerLauncher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DevIssuerLauncher.class);

	private final DevIssuer issuer;

	DevIssuerLauncher(@Value("${trustboard.dev-issuer.port:9000}") int port,
			@Value("${trustboard.dev-issuer.secret-prefix:}") String secretPrefix) {
		this.issuer = DevIssuer.start(port, secretPrefix);
	}

	/** Printed once the seed data is in, so the pasted query has something to find. */
	@EventListener
	void printInstructions(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port == null) {
			return;
		}
		String api = "http://localhost:" + port + "/graphql";
		var text = new StringBuilder("\n\nTrustboard is running. Development issuer: ").append(this.issuer.issuer())
			.append("\nDemo logins (client id / client secret: who):");
		DemoClient.ALL.forEach(client -> text.append("\n  ")
			.append(client.clientId())
			.append(" / ")
			.append(this.issuer.secretOf(client.clientId()))
			.append(": ")
			.append(client.description())
			.append(client.scopes().isEmpty() ? "" : " (ask for -d scope='" + String.join(" ", client.scopes()) + "')"));
		text.append("\n\nGet a token and query (copy and paste):\n\n")
			.append("  TOKEN=$(curl -s -u lunsford-head:")
			.append(this.issuer.secretOf("lunsford-head"))
			.append(" -d grant_type=client_credentials ")
			.append(this.issuer.tokenEndpoint())
			.append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n")
			.append("  curl -s ")
			.append(api)
			.append(" -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n")
			.append("    -d '{\"query\":\"{ school(id: \\\"lunsford-primary\\\") { name people { dsl { title person { name } } leadGovernor { person { name } } } channels { platform handle } } }\"}'\n");
		logger.info(text.toString());
	}

	@Override
	public void destroy() {
		this.issuer.stop();
	}

}
