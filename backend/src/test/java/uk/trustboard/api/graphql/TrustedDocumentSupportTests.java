package uk.trustboard.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which text graphql-java parses for a request (whatever the transport, and whatever the web
 * interceptors did before): the sent text, or the registered one a request names by id, never
 * the sent text in place of a registered one.
 */
class TrustedDocumentSupportTests {

	private static final String REGISTERED = "query Mine { trusts { name } }";

	private final TrustedDocumentSupport support = new TrustedDocumentSupport(PersistedDocuments.load(
			List.of(manifest(REGISTERED)), JsonMapper.builder().build()));

	private final List<String> parsed = new ArrayList<>();

	@Test
	void aRequestByIdParsesTheRegisteredText() {
		PreparsedDocumentEntry entry = document(PersistedQuerySupport.PERSISTED_QUERY_MARKER,
				persisted(PersistedDocuments.idOf(REGISTERED)));

		assertThat(entry.hasErrors()).isFalse();
		assertThat(this.parsed).containsExactly(REGISTERED);
	}

	@Test
	void aRequestWithoutAPersistedQueryParsesItsOwnText() {
		document("{ schools { name } }", Map.of());

		assertThat(this.parsed).containsExactly("{ schools { name } }");
	}

	@Test
	void anIdSentWithAnotherTextParsesNothing() {
		PreparsedDocumentEntry entry = document("{ schools { name } }", persisted(PersistedDocuments.idOf(REGISTERED)));

		assertThat(this.parsed).isEmpty();
		assertThat(entry.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_QUERY_MISMATCH"));
	}

	@Test
	void aPersistedQueryThatNamesNoIdParsesNothing() {
		for (Object persistedQuery : List.of("x", Map.of("version", 1), Map.of("version", 1, "sha256Hash", 7))) {
			PreparsedDocumentEntry entry = document("{ schools { name } }", Map.of("persistedQuery", persistedQuery));

			assertThat(entry.getErrors()).as("%s", persistedQuery)
				.singleElement()
				.extracting(GraphQLError::getExtensions)
				.satisfies(extensions -> assertThat(extensions).containsEntry("code", "PERSISTED_QUERY_INVALID"));
		}
		assertThat(this.parsed).isEmpty();
	}

	@Test
	void anUnknownIdParsesNothing() {
		PreparsedDocumentEntry entry = document("{ schools { name } }", persisted("0".repeat(64)));

		assertThat(this.parsed).isEmpty();
		assertThat(entry.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("PersistedQueryNotFound");
			assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_QUERY_NOT_FOUND");
		});
	}

	private PreparsedDocumentEntry document(String query, Map<String, Object> extensions) {
		ExecutionInput input = ExecutionInput.newExecutionInput(query).extensions(extensions).build();
		return this.support.getDocumentAsync(input, parse -> {
			this.parsed.add(parse.getQuery());
			return new PreparsedDocumentEntry(Parser.parse(parse.getQuery()));
		}).join();
	}

	private static Map<String, Object> persisted(String id) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id));
	}

	private static ByteArrayResource manifest(String body) {
		String json = JsonMapper.builder().build().writeValueAsString(Map.of("format", PersistedDocuments.FORMAT,
				"version", 1, "operations",
				List.of(Map.of("id", PersistedDocuments.idOf(body), "name", "Mine", "type", "query", "body", body))));
		return new ByteArrayResource(json.getBytes());
	}

}
