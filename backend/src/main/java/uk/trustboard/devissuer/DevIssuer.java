package uk.trustboard.devissuer;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;

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
		return start(port, secretPrefix, newSigningKey());
	}

	/**
	 * Starts the issuer with a given signing key, so that tests can also sign tokens the issuer
	 * would never issue (expired, for another audience...) and check that they are refused.
	 */
	public static DevIssuer start(int port, String secretPrefix, RSAKey signingKey) {
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
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("signingKey", signingKey))
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

	/** A fresh key on every start: tokens from an earlier run stop working, as they should. */
	public static RSAKey newSigningKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
