package uk.trustboard.api.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import uk.trustboard.api.graphql.GuideOperationIds;
import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mutation sent as a registered operation's id carries no query text; it is audited all the
 * same, from the operation that ran.
 */
class RegisteredOperationAuditIntegrationTests extends IntegrationTest {

	@Test
	void aMutationSentByIdIsAuditedLikeOneSentAsText() {
		String variantId = "audit-by-id-" + System.nanoTime();

		http().build()
			.post()
			.uri(url("/graphql"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.token("lunsford-head"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("operationName", "EditVariantDraft", "variables",
					Map.of("input", Map.of("variantId", variantId, "expectedRevision", 0, "title", "By id")),
					"extensions", Map.of("persistedQuery",
							Map.of("version", 1, "sha256Hash", GuideOperationIds.of("EditVariantDraft")))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("NOT_FOUND");

		Map<?, ?> newest = as("trust-executive").documentName("auditLog")
			.variable("first", 1)
			.execute()
			.path("auditLog.edges[0].node")
			.entity(Map.class)
			.get();
		assertThat(newest.get("operation")).isEqualTo("editVariantDraft");
		assertThat(newest.get("clientId")).isEqualTo("lunsford-head");
		assertThat(newest.get("targetIds")).isEqualTo(List.of(variantId));
		assertThat(newest.get("outcome")).isEqualTo("REFUSED");
		assertThat(newest.get("details")).isEqualTo(List.of("NOT_FOUND"));
	}

}
