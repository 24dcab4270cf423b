package uk.trustboard.api.graphql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.trustboard.api.support.IntegrationTest;
import uk.trustboard.api.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * A corpus of hostile requests, each refused with an error that names the limit, before any data
 * is read; after each one the service still answers an ordinary query.
 */
class HostileQueryIntegrationTests extends IntegrationTest {

	private static final ParameterizedTypeReference<List<String>> CODES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Integer>> NUMBERS = new ParameterizedTypeReference<>() {
	};

	@AfterEach
	void stillAnswersAnOrdinaryQuery() {
		as("trust-executive").document("{ trusts { name } }")
			.execute()
			.path("trusts[0].name")
			.entity(String.class)
			.isEqualTo("ASSET Education");
	}

	@Test
	void deepNestingIsRefusedBeforeAnyDataIsRead() {
		this.mongoCommands.reset();
		refused(HostileDocuments.file("deepNesting")).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("QUERY_TOO_DEEP")
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].extensions.actual")
			.isEqualTo(21)
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo(12)
			.jsonPath("$.errors[0].message")
			.isEqualTo("The query nests 21 levels deep; at most 12 are allowed");
		assertThat(this.mongoCommands.reads()).isZero();
	}

	@Test
	void nestingTooDeepForTheParserIsRefusedAsTooDeep() {
		refused(HostileDocuments.parserDepth(2_000)).jsonPath("$.errors[0].extensions.code").isEqualTo("QUERY_TOO_DEEP");
	}

	@Test
	void thousandsOfAliasesAreRefused() {
		refused(HostileDocuments.aliases(2_000)).jsonPath("$.errors[*].extensions.code")
			.value(CODES, hasItems("TOO_MANY_ALIASES", "TOO_MANY_FIELDS"))
			.jsonPath("$.errors[?(@.extensions.code == 'TOO_MANY_ALIASES')].extensions.actual")
			.value(NUMBERS, hasItem(2_000));
	}

	@Test
	void aFragmentBombIsRefusedWithoutBeingExpanded() {
		// Two billion fields could not be materialised in memory: the count being reported at all
		// shows it was computed from the fragments' shapes, not by expanding them.
		refused(HostileDocuments.file("fragmentBomb")).jsonPath("$.errors[*].extensions.code")
			.value(CODES, hasItems("TOO_MANY_FIELDS", "QUERY_TOO_COSTLY"))
			.jsonPath("$.errors[?(@.extensions.code == 'TOO_MANY_FIELDS')].extensions.actual")
			.value(NUMBERS, hasItem(2_000_000_000));
	}

	@Test
	void aFragmentCycleIsRefused() {
		refused(HostileDocuments.file("fragmentCycle")).jsonPath("$.errors[0].extensions.code").isEqualTo("FRAGMENT_CYCLE");
	}

	@Test
	void aDirectiveFloodIsRefused() {
		refused(HostileDocuments.directives(1_000)).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TOO_MANY_DIRECTIVES")
			.jsonPath("$.errors[0].extensions.actual")
			.isEqualTo(1_000);
	}

	@Test
	void moreTokensThanTheParserReadsAreRefused() {
		refused(HostileDocuments.tokens(16_000)).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TOO_MANY_TOKENS")
			.jsonPath("$.errors[0].message")
			.isEqualTo("The document has more than 15000 tokens; at most 15000 are allowed");
	}

	@Test
	void aDocumentLongerThanTheLimitIsRefused() {
		refused(HostileDocuments.characters(55_000)).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("QUERY_TOO_LONG");
	}

	@Test
	void oversizedVariablesAreRefused() {
		String body = HostileDocuments.json(Map.of("query", "query($id: ID!) { trust(id: $id) { name } }", "variables",
				Map.of("id", "x".repeat(1_200_000))));
		post(body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("VARIABLES_TOO_LARGE")
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo(1024 * 1024)
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void anOversizedBodyIsRefusedWith413() {
		post(HostileDocuments.body("{ trusts { name } }" + " ".repeat(1_700_000))).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("REQUEST_TOO_LARGE")
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo(1536 * 1024);
	}

	@Test
	void anOversizedBodyWithoutContentLengthIsRefusedWith413() {
		byte[] body = HostileDocuments.body("{ trusts { name } }" + " ".repeat(1_700_000)).getBytes(StandardCharsets.UTF_8);
		int chunk = 8 * 1024;
		Flux<DataBuffer> chunks = Flux.range(0, (body.length + chunk - 1) / chunk)
			.map(n -> DefaultDataBufferFactory.sharedInstance
				.wrap(ByteBuffer.wrap(body, n * chunk, Math.min(chunk, body.length - n * chunk))));
		authenticated().post()
			.uri(url("/graphql"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("The request body has more than 1572864 bytes; at most 1572864 are allowed");
	}

	@Test
	void aMillionNodesAreRefusedBeforeTheConnectionIsQueried() {
		this.mongoCommands.reset();
		refused(HostileDocuments.file("millionNodes")).jsonPath("$.errors[*].extensions.code")
			.value(CODES, hasItems("PAGE_TOO_LARGE", "QUERY_TOO_COSTLY"))
			.jsonPath("$.errors[?(@.extensions.code == 'QUERY_TOO_COSTLY')].extensions.actual")
			.value(NUMBERS, hasItem(1_000_002));
		assertThat(this.mongoCommands.reads()).isZero();
	}

	@Test
	void listsInsideListsAreRefusedAsTooCostly() {
		refused(HostileDocuments.file("nestedLists")).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("QUERY_TOO_COSTLY")
			.jsonPath("$.errors[0].extensions.actual")
			.isEqualTo(24_021);
	}

	@Test
	void aDocumentOfManyOperationsIsRefused() {
		post(HostileDocuments.json(Map.of("query", HostileDocuments.operations(1_000), "operationName", "q0"))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("TOO_MANY_FIELDS");
	}

	@Test
	void aBatchOfOperationsIsNotAccepted() {
		String batch = IntStream.range(0, 100)
			.mapToObj(n -> HostileDocuments.body("{ trusts { name } }"))
			.collect(Collectors.joining(",", "[", "]"));
		post(batch).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).doesNotContain("ASSET"));
	}

	@Test
	void introspectionIsOffOutsideTheLocalProfile() {
		refused(HostileDocuments.file("introspection")).jsonPath("$.errors[0].message")
			.isEqualTo("Introspection has been disabled for this request");
	}

	@Test
	void everyResponseReportsItsCost() {
		post(HostileDocuments.body("{ trusts { name policies { title } } }")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.trusts[0].name")
			.isEqualTo("ASSET Education")
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(11)
			.jsonPath("$.extensions.cost.limit")
			.isEqualTo(10_000)
			.jsonPath("$.extensions.cost.remaining")
			.value(remaining -> assertThat(((Number) remaining).longValue()).isBetween(0L, 50_000L - 11));
	}

	@Test
	void aRefusedQueryReportsItsCostToo() {
		refused(HostileDocuments.file("nestedLists")).jsonPath("$.extensions.cost.requested")
			.isEqualTo(24_021)
			.jsonPath("$.errors[*].extensions.code")
			.value(CODES, hasItem("QUERY_TOO_COSTLY"));
	}

	/** A query that gets 200 with errors and no data. */
	private WebTestClient.BodyContentSpec refused(String document) {
		return post(HostileDocuments.body(document)).expectStatus().isOk().expectBody().jsonPath("$.data").doesNotExist();
	}

	private WebTestClient.ResponseSpec post(String body) {
		return authenticated().post()
			.uri(url("/graphql"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient authenticated() {
		return http().defaultHeader("Authorization", "Bearer " + TestIssuer.token("trust-executive"))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

}
