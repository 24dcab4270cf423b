package uk.trustboard.api.observability;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.http.HttpStatus;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** The probes Kubernetes calls, on the API port, and what stays closed beside them. */
class HealthProbeIntegrationTests extends IntegrationTest {

	@Test
	void livenessAndReadinessAnswerWithoutAToken() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			http().build()
				.get()
				.uri(url(probe))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP")
				.jsonPath("$.components")
				.doesNotExist();
		}
	}

	@Test
	void readinessPingsMongoDb() {
		http().build()
			.get()
			.uri(url("/actuator/health/readiness"))
			.header("Authorization", "Bearer " + TestIssuer.token("trust-executive"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.details.ok")
			.isEqualTo(1.0)
			.jsonPath("$.components.readinessState.status")
			.isEqualTo("UP");
	}

	@Test
	void onlyReadinessDependsOnMongoDb(@Autowired HealthEndpointGroups groups) {
		// a database outage takes instances out of the load balancer but must not restart them all
		assertThat(groups.get("readiness").isMember("mongo")).isTrue();
		assertThat(groups.get("liveness").isMember("mongo")).isFalse();
	}

	@Test
	void metricsOnTheApiPortNeedAToken() {
		http().build().get().uri(url("/actuator/prometheus")).exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theGraphQlEndpointStillNeedsAToken() {
		http().build()
			.post()
			.uri(url("/graphql"))
			.header("Content-Type", "application/json")
			.bodyValue("{\"query\":\"{ __typename }\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
