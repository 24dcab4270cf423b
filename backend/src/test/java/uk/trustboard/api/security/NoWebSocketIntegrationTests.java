package uk.trustboard.api.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.util.ClassUtils;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no WebSocket transport: no long-lived connection outlives the checks made per request
 * (and Spring for GraphQL 2.0.4's WebSocket advisories do not apply).
 */
class NoWebSocketIntegrationTests extends IntegrationTest {

	@Test
	void noWebSocketHandlerExistsAndAnUpgradeIsNotAccepted() throws IOException {
		// not even Spring's WebSocket module is on the classpath, so no handler can be configured
		assertThat(ClassUtils.isPresent("org.springframework.web.socket.WebSocketHandler", null)).isFalse();

		// written by hand: HTTP clients will not send the upgrade headers themselves
		String request = "GET /graphql HTTP/1.1\r\nHost: localhost:" + this.port + "\r\n"
				+ "Authorization: Bearer " + TestIssuer.token("trust-executive") + "\r\n"
				+ "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
				+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n";
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			assertThat(statusLine).startsWith("HTTP/1.1 4").doesNotContain("101");
		}
	}

}
