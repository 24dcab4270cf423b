package uk.trustboard.devissuer;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A local OAuth2 authorization server (Spring Authorization Server) with the demo clients, so that
 * Trustboard can be tried with real signed tokens and no identity provider. It runs as its own
 * application context with its own configuration name, outside the API's component scan, and is
 * never started in production.
 */
public final class DevIssuer {

	/** The audience the API requires; a real identity provider must issue tokens for it too. */
	public static final String AUDIENCE = "trustboard-api";

	private final ConfigurableApplicationContext context;

	private final String issuer;

	private final Map<String, String> secrets;

	private DevIssuer(ConfigurableApplicationContext context, String issuer, Map<String, String> secrets) {
		this.context = context;
		this.issuer = issuer;
		this.secrets = secrets;
	}

	/**
	 * Starts the issuer on localhost.
	 * @param port the port to listen on
	 * @param secretPrefix when set, each demo client's secret is this prefix, a dash and its
	 * client id (predictable, for scripts); when blank, every client gets a random secret
	 */
	public static DevIssuer start(int port, String secretPrefix) {
		Map<String, String> secrets = new LinkedHashMap<>();
		DemoClient.ALL.forEach(client -> secrets.put(client.clientId(),
				(secretPrefix != null && !secretPrefix.isBlank()) ? secretPrefix + "-" + client.clientId()
						: randomSecret()));
		String issuer = "http://localhost:" + port;
		List<String> properties = new ArrayList<>(List.of("spring.config.name=dev-issuer", "server.port=" + port,
				"server.address=127.0.0.1", "spring.main.banner-mode=off", "spring.application.name=dev-issuer", "spring.jmx.enabled=false",
				"trustboard.dev-issuer.issuer=" + issuer));
		secrets.forEach((id, secret) -> properties.add("trustboard.dev-issuer.secrets." + id + "=" + secret));
		var context = new SpringApplicationBuilder(DevIssuerApplication.class).main(DevIssuerApplication.class)
			.properties(properties.toArray(String[]::new))
			.run();
		return new DevIssuer(context, issuer, Map.copyOf(secrets));
	}

	public String issuer() {
		return this.issuer;
	}

	/** The secret of one demo client. */
	public String secretOf(String clientId) {
		return this.secrets.get(clientId);
	}

	public String tokenEndpoint() {
		return this.issuer + "/oauth2/token";
	}

	public void stop() {
		this.context.close();
	}

	private static String randomSecret() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
