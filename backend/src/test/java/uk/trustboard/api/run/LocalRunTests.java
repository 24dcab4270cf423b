package uk.trustboard.api.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.trustboard.api.support.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./trustboard run} as a newcomer meets it: the application in its own JVM with the local
 * profile, on a fresh data directory. What it prints is followed to the letter: the token request
 * with the printed secret, then the printed query. Then {@code --reload-seed} on the same data.
 */
class LocalRunTests {

	private static final Pattern TOKEN_REQUEST = Pattern
		.compile("curl -s -u ([a-z-]+):(\\S+) -d grant_type=client_credentials (http://\\S+)");

	private static final Pattern QUERY = Pattern.compile("curl -s (http://\\S+/graphql) .*?-d '(\\{\"query\".*?\\})'\\n",
			Pattern.DOTALL);

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@TempDir
	Path temp;

	@Test
	void theFirstStartLoadsTheSeedAndPrintsATokenRequestAndAQueryThatWork() throws Exception {
		Path data = this.temp.resolve("data");
		try (ChildJvm app = ChildJvm.startLocal(data)) {
			String printed = awaitInstructions(app);
			assertThat(printed).contains("Loaded seed data from");

			Matcher token = TOKEN_REQUEST.matcher(printed);
			assertThat(token.find()).as("a token request in:%n%s", printed).isTrue();
			String accessToken = token(token.group(1), token.group(2), token.group(3));

			Matcher query = QUERY.matcher(printed);
			assertThat(query.find()).as("a query in:%n%s", printed).isTrue();
			JsonNode answer = post(query.group(1), accessToken, query.group(2));
			assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
			JsonNode school = answer.path("data").path("school");
			assertThat(school.path("name").asString()).isEqualTo("Lunsford Primary School");
			assertThat(school.path("people").path("dsl").path("person").path("name").asString())
				.isEqualTo("Elizabeth Lomax");
			assertThat(school.path("channels").findValuesAsString("handle")).contains("@lunsfordprimary");

			// GraphiQL is served in this profile only
			HttpResponse<String> graphiql = get(app.url("/graphiql"));
			assertThat(graphiql.statusCode()).isEqualTo(200);
			assertThat(graphiql.body()).containsIgnoringCase("graphiql");
		}
		assertThat(Files.exists(data.resolve("trustboard.mv"))).isTrue();

		String reload = ChildJvm.command(data, "--reload-seed");
		assertThat(reload).contains("Loaded seed data from");

		try (ChildJvm again = ChildJvm.startLocal(data)) {
			// the second start finds the data in the file and does not load it again
			assertThat(awaitInstructions(again)).doesNotContain("Loaded seed data from");
		}
	}

	private static String awaitInstructions(ChildJvm app) throws InterruptedException {
		// printed once the application is ready, a moment after its health turns UP
		for (int i = 0; i < 300; i++) {
			String log = app.log();
			if (log.contains("Trustboard is running")) {
				return log;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No instructions were printed:\n" + app.log());
	}

	private String token(String clientId, String secret, String endpoint) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes());
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(endpoint))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.shared().readTree(response.body()).path("access_token").asString();
	}

	private JsonNode post(String url, String token, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.shared().readTree(response.body());
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
