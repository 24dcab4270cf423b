package uk.trustboard.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL over HTTP with a bearer token, as a front end sends it: one shared HTTP/1.1 client. */
final class BenchHttp {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI endpoint;

	BenchHttp(int port) {
		this.endpoint = URI.create("http://localhost:" + port + "/graphql");
	}

	static String document(String name) {
		try (var in = BenchHttp.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			if (in == null) {
				throw new IllegalStateException("No graphql-test/" + name + ".graphql on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String body(String query, Map<String, ?> variables) {
		return JSON.writeValueAsString(Map.of("query", query, "variables", variables));
	}

	/** Posts a request body and returns the answer as it came; anything but HTTP 200 is an exception. */
	String send(String token, String body) {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(180))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
		}
		return response.body();
	}

	/** The answer's data; GraphQL errors are an exception. */
	static JsonNode data(String answer) {
		JsonNode json = JSON.readTree(answer);
		if (json.has("errors")) {
			throw new IllegalStateException("GraphQL errors: " + abbreviate(json.get("errors").toString()));
		}
		return json.get("data");
	}

	private static String abbreviate(String text) {
		return (text.length() > 500) ? text.substring(0, 500) + "..." : text;
	}

}
