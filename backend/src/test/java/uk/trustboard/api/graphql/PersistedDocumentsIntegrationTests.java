package uk.trustboard.api.graphql;

import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front end's registered operations (schema/persisted/manifest.json, from the guide's
 * examples) called by id, as Apollo Client sends them: no query text, only its hash.
 */
class PersistedDocumentsIntegrationTests extends IntegrationTest {

	@Autowired
	MongoTemplate mongo;

	@Test
	void aRegisteredOperationRunsByIdAndIsPricedLikeAnyOther() {
		String id = idOf("ExecutiveDashboard");

		call("trust-executive", Map.of("operationName", "ExecutiveDashboard", "variables",
				Map.of("trustId", "asset-education", "asOf", "2026-11-22"), "extensions", persisted(id)))
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.complianceDashboard.asOf").isEqualTo("2026-11-22")
			.jsonPath("$.data.complianceDashboard.schools[?(@.school.id == 'lunsford-primary')].rating").isEqualTo("RED")
			.jsonPath("$.extensions.cost.requested").value(Integer.class, cost -> assertThat(cost).isPositive());
	}

	@Test
	void anUnknownIdIsRefusedAndNothingRuns() {
		call("trust-executive", Map.of("extensions", persisted("0".repeat(64))))
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND")
			.jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message).startsWith("PersistedQueryNotFound: no registered operation has the id 000"));
	}

	@Test
	void aClientCannotRegisterAnOperationBySendingItsTextWithItsHash() {
		String text = "{ trusts { id name } }";

		call("trust-executive", Map.of("query", text, "extensions", persisted(PersistedDocuments.idOf(text))))
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		call("trust-executive", Map.of("extensions", persisted(PersistedDocuments.idOf(text))))
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aRegisteredOperationStillAnswersForTheCallersOwnScope() {
		// the id picks the text; who may see what is decided as for any request
		call("lunsford-staff", Map.of("operationName", "ExecutiveDashboard", "variables",
				Map.of("trustId", "asset-education", "asOf", "2026-11-22"), "extensions", persisted(idOf("ExecutiveDashboard"))))
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
	}

	@Test
	void aRegisteredMutationSentByIdIsAuditedLikeAnyOther() {
		String variantId = "no-such-variant-" + System.nanoTime();

		call("lunsford-staff", Map.of("operationName", "AcknowledgePolicy", "variables", Map.of("variantId", variantId),
				"extensions", persisted(idOf("AcknowledgePolicy"))))
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_FOUND");

		List<Document> entries = this.mongo.find(Query.query(Criteria.where("targetIds").is(variantId)), Document.class,
				"audit_log");
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.getString("operation")).isEqualTo("acknowledgePolicy");
			assertThat(entry.getString("clientId")).isEqualTo("lunsford-staff");
			assertThat(entry.getString("outcome")).isEqualTo("REFUSED");
		});
	}

	@Test
	void aRegisteredOperationMayBeSentByIdWithItsOwnText() {
		String id = idOf("ExecutiveDashboard");

		call("trust-executive", Map.of("query", GuideOperationIds.body("ExecutiveDashboard"), "variables",
				Map.of("trustId", "asset-education", "asOf", "2026-11-22"), "extensions", persisted(id)))
			.jsonPath("$.errors").doesNotExist()
			.jsonPath("$.data.complianceDashboard.asOf").isEqualTo("2026-11-22");
	}

	private WebTestClient.BodyContentSpec call(String clientId, Map<String, Object> body) {
		return http().build()
			.post()
			.uri(url("/graphql"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.token(clientId))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus().isOk()
			.expectBody();
	}

	private static Map<String, Object> persisted(String id) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id));
	}

	private static String idOf(String operation) {
		return GuideOperationIds.of(operation);
	}

}
