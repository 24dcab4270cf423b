package uk.trustboard.api.observability;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production observability, configured as the container image configures it: JSON logs and a
 * separate management port where Prometheus scrapes without a token.
 */
@TestPropertySource(properties = { "management.server.port=0", "logging.structured.format.console=ecs",
		"logging.level.trustboard.access=info" })
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests extends IntegrationTest {

	@LocalManagementPort
	int managementPort;

	@Test
	void prometheusShowsGraphQlOperationAndMongoCommandTimings() {
		as("lunsford-head").document("query SchoolName { school(id: \"lunsford-primary\") { name } }")
			.execute()
			.path("school.name")
			.hasValue();

		String metrics = http().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri("http://localhost:" + this.managementPort + "/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation=\"SchoolName\"");
		assertThat(metrics).containsPattern("graphql_datafetcher_seconds_count\\{[^}]*graphql_field_name=\"school\"");
		assertThat(metrics).containsPattern("mongodb_driver_commands_seconds_count\\{[^}]*command=\"find\"");
		assertThat(metrics).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes");
	}

	@Test
	void healthIsServedOnTheManagementPort() {
		http().build()
			.get()
			.uri("http://localhost:" + this.managementPort + "/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void theApiIsNotServedOnTheManagementPort() {
		http().build()
			.post()
			.uri("http://localhost:" + this.managementPort + "/graphql")
			.header("Authorization", "Bearer " + TestIssuer.token("trust-executive"))
			.header("Content-Type", "application/json")
			.bodyValue("{\"query\":\"{ __typename }\"}")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void logsAreJsonLinesCarryingTheRequestId(CapturedOutput output) {
		as("lunsford-head").mutate()
			.header("X-Request-Id", "req-obs-1")
			.build()
			.document("{ school(id: \"lunsford-primary\") { name } }")
			.execute()
			.path("school.name")
			.hasValue();

		JsonNode line = jsonLines(output).stream()
			.filter(json -> "trustboard.access".equals(json.path("log").path("logger").asString(null))
					|| "trustboard.access".equals(json.path("log.logger").asString(null)))
			.filter(json -> "req-obs-1".equals(json.path("requestId").asString(null)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no JSON access line with the request id in:\n" + output));
		assertThat(line.path("@timestamp").asString()).isNotBlank();
		assertThat(line.path("message").asString()).matches("POST /graphql 200 \\d+ms");
		assertThat(line.path("service").path("name").asString(line.path("service.name").asString(""))).isEqualTo("trustboard");
	}

	@Test
	void theRequestIdComesBackAndAnUnsafeOneIsReplaced() {
		http().build()
			.post()
			.uri(url("/graphql"))
			.header("X-Request-Id", "abc-123")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("X-Request-Id", "abc-123");
		http().build()
			.post()
			.uri(url("/graphql"))
			.header("X-Request-Id", "forged\" \"level\":\"ERROR")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches("X-Request-Id", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	private static List<JsonNode> jsonLines(CapturedOutput output) {
		return output.getOut()
			.lines()
			.filter(line -> line.startsWith("{"))
			.map(line -> JsonMapper.shared().readTree(line))
			.toList();
	}

}
