package uk.trustboard.api.graphql;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.context.ConfigurableApplicationContext;

import uk.trustboard.api.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring for GraphQL 2.0.4 mitigations (CVE-2026-59285 and related) that live in configuration:
 * repositories are never exposed through Query by Example or Querydsl auto-registration.
 */
class VulnerableAutoConfigurationIntegrationTests extends IntegrationTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void queryByExampleAndQuerydslRegistrationAreExcluded() {
		var report = ConditionEvaluationReport.get(this.context.getBeanFactory());
		assertThat(report.getExclusions()).contains(
				"org.springframework.boot.graphql.autoconfigure.data.GraphQlQueryByExampleAutoConfiguration",
				"org.springframework.boot.graphql.autoconfigure.data.GraphQlQuerydslAutoConfiguration",
				"org.springframework.boot.graphql.autoconfigure.data.GraphQlReactiveQueryByExampleAutoConfiguration",
				"org.springframework.boot.graphql.autoconfigure.data.GraphQlReactiveQuerydslAutoConfiguration");
	}

}
