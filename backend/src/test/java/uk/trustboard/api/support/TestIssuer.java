package uk.trustboard.api.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.json.JsonMapper;

import uk.trustboard.devissuer.DevIssuer;

/**
 * One development issuer for the whole test JVM: the same Spring Authorization Server the local
 * run uses, so tests get real signed tokens through a real client-credentials flow.
 */
public final class TestIssuer {

	private static final String SECRET_PREFIX = "test";

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	private static final RSAKey KEY = DevIssuer.newSigningKey();

	private static DevIssuer issuer;

	private TestIssuer() {
	}

	public static synchronized DevIssuer get() {
		if (issuer == null) {
			issuer = DevIssuer.start(freePort(), SECRET_PREFIX, KEY);
			Runtime.getRuntime().addShutdownHook(new Thread(issuer::stop));
		}
		return issuer;
	}

	/** An access token for a demo client, fetched once and reused (they last an hour). */
	public static String token(String clientId) {
		return tokens.computeIfAbsent(clientId, TestIssuer::fetchToken);
	}

	/**
	 * Claims as the issuer would issue them for a caller: issuer, audience, subject, a lifetime
	 * of ten minutes from now, and the role, trust and schools given. Change any before signing.
	 */
	public static JWTClaimsSet.Builder claims(String subject, String role, String trustId, List<String> schoolIds) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(get().issuer())
			.audience(DevIssuer.AUDIENCE)
			.subject(subject)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.claim("roles", List.of(role))
			.claim("trust_id", trustId)
			.claim("school_ids", schoolIds);
	}

	/** Signs claims with the issuer's own key: a token the API must judge on its claims alone. */
	public static String sign(JWTClaimsSet claims) {
		return sign(claims, KEY);
	}

	/** Signs claims with any key, under the issuer's key id (for bad-signature tests). */
	public static String sign(JWTClaimsSet claims, RSAKey key) {
		get();
		try {
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fetchToken(String clientId) {
		DevIssuer issuer = get();
		String basic = Base64.getEncoder()
			.encodeToString((clientId + ":" + issuer.secretOf(clientId)).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials" + scopesOf(clientId)))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Token request for " + clientId + " failed: " + response.body());
			}
			return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A client-credentials token carries only the scopes asked for: ask for all of the demo client's. */
	private static String scopesOf(String clientId) {
		return uk.trustboard.devissuer.DemoClient.ALL.stream()
			.filter(client -> client.clientId().equals(clientId) && !client.scopes().isEmpty())
			.map(client -> "&scope=" + String.join("%20", client.scopes()))
			.findFirst()
			.orElse("");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
