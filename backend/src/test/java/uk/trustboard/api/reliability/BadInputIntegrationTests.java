package uk.trustboard.api.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.trustboard.api.support.CollectionSnapshot;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@link BadInputs}): each request gets a clear error (its status and a
 * code or message that says what was wrong), no stack trace and no 5xx, and leaves every
 * collection as it was. The audit log is the one exception, by design: it records each refused
 * mutation attempt, and nothing else may appear there. (Limits on query size and shape are the
 * hostile corpus in {@code HostileQueryIntegrationTests}.)
 */
class BadInputIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	MongoTemplate mongo;

	static Stream<BadInput> corpus() {
		return BadInputs.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRefusedClearlyAndChangesNothing(BadInput input) throws Exception {
		CollectionSnapshot before = snapshot();
		long auditBefore = this.mongo.getCollection("audit_log").countDocuments();

		HttpResponse<String> response = send(input.contentType(), input.body());

		assertThat(response.statusCode()).as("status; body %s", response.body()).isEqualTo(input.status());
		assertThat(response.body()).as("names what was wrong").contains(input.expected());
		assertNoInternals(response.body());
		if (input.status() == 200) {
			JsonNode answer = JSON.readTree(response.body());
			assertThat(answer.has("errors") || hasUserErrors(answer)).as("an error in %s", response.body()).isTrue();
		}
		assertThat(before.now()).as("the database after the request").isEqualTo(before.documents());
		List<Document> audited = this.mongo.getCollection("audit_log")
			.find()
			.skip((int) auditBefore)
			.into(new ArrayList<>());
		assertThat(audited).as("new audit entries").allSatisfy(entry -> assertThat(entry.getString("outcome")).isNotEqualTo("SUCCEEDED"));
	}

	@Test
	void operatorsAndScriptsInStringsAreStoredAsTheTextTheyAre() throws Exception {
		CollectionSnapshot schools = CollectionSnapshot.of(this.mongo, "schools");
		try {
			for (String text : List.of("{\"$gt\": \"\"}", "$where: function() { return true; }", "{ \"$ne\": null }")) {
				JsonNode answer = JSON.readTree(send("application/json", BadInputs.graphql(
						"mutation($input: UpdateSchoolDetailsInput!) { updateSchoolDetails(input: $input) { school { motto } userErrors { code } } }",
						Map.of("input", Map.of("schoolId", "lunsford-primary", "motto", text)))).body());
				assertThat(answer.at("/data/updateSchoolDetails/school/motto").asString()).isEqualTo(text);
				Document stored = this.mongo.findById("lunsford-primary", Document.class, "schools");
				assertThat(stored.get("motto")).as("stored as a string, not a query object").isEqualTo(text);
			}
		}
		finally {
			schools.restore();
		}
	}

	private CollectionSnapshot snapshot() {
		List<String> collections = new ArrayList<>(this.mongo.getCollectionNames());
		collections.remove("audit_log");
		Collections.sort(collections);
		return CollectionSnapshot.of(this.mongo, collections.toArray(String[]::new));
	}

	private HttpResponse<String> send(String contentType, byte[] body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/graphql")))
			.header("Authorization", "Bearer " + TestIssuer.token("lunsford-head"))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static boolean hasUserErrors(JsonNode answer) {
		return answer.findValues("userErrors").stream().anyMatch(errors -> !errors.isEmpty());
	}

	/** What a stack trace or an internal class name would look like in a response. */
	static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("\tat ", "\\tat ", "uk.trustboard.", "java.lang.", "Exception", "org.springframework.",
				"com.mongodb.", "de.bwaldvogel.");
	}

}
