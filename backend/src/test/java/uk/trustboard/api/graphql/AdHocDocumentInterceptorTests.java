package uk.trustboard.api.graphql;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;

import graphql.ExecutionResult;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import uk.trustboard.api.security.Caller;
import uk.trustboard.api.security.Role;
import uk.trustboard.api.security.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code trustboard.graphql.ad-hoc-roles} narrowed to executives and heads, staff may run
 * the registered operations (by id or as their exact text) and nothing else; and a request that
 * names an operation by id in a malformed way, or with another text beside it, runs nothing for
 * anyone.
 */
class AdHocDocumentInterceptorTests {

	private static final String REGISTERED = "query Mine($asOf: Date!) {\n  myOutstandingPolicies(asOf: $asOf) {\n    dueOn\n  }\n}\n";

	private final PersistedDocuments documents = PersistedDocuments.load(List.of(manifest(REGISTERED)),
			JsonMapper.builder().build());

	private final AdHocDocumentInterceptor interceptor = new AdHocDocumentInterceptor(this.documents,
			Set.of(Role.TRUST_EXECUTIVE, Role.SCHOOL_HEAD));

	private final AtomicInteger executed = new AtomicInteger();

	@AfterEach
	void signOut() {
		TestCallers.signOut();
	}

	@Test
	void staffSendingTheirOwnDocumentAreRefusedBeforeAnythingRuns() {
		TestCallers.signIn(staff());

		WebGraphQlResponse response = send(Map.of("query", "{ trusts { name } }"));

		assertThat(this.executed).hasValue(0);
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("FORBIDDEN");
			assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_QUERY_REQUIRED");
		});
		assertThat((Object) response.getData()).isNull();
	}

	@Test
	void staffMayRunARegisteredOperationByIdOrByItsExactText() {
		TestCallers.signIn(staff());

		// Spring puts graphql-java's marker in place of the text a request by id leaves out
		send(Map.of("query", PersistedQuerySupport.PERSISTED_QUERY_MARKER, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedDocuments.idOf(REGISTERED)))));
		send(Map.of("query", REGISTERED));

		assertThat(this.executed).hasValue(2);
	}

	@Test
	void staffMayRunARegisteredOperationByIdSentWithItsOwnText() {
		TestCallers.signIn(staff());

		send(Map.of("query", REGISTERED, "extensions", persisted(PersistedDocuments.idOf(REGISTERED))));

		assertThat(this.executed).hasValue(1);
	}

	@Test
	void aPersistedQueryWithoutAnIdIsNoPassForStaffsOwnDocument() {
		// graphql-java would find no id in it and run the text sent beside it
		TestCallers.signIn(staff());

		WebGraphQlResponse response = send(Map.of("query", "{ trusts { name } }", "extensions",
				Map.of("persistedQuery", Map.of("version", 1))));

		assertThat(this.executed).hasValue(0);
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_QUERY_INVALID");
			assertThat(error.getMessage()).contains("extensions.persistedQuery.sha256Hash");
		});
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("malformedPersistedQueries")
	void aMalformedPersistedQueryIsRefusedWhateverTheRole(Object persistedQuery, String role, String named) {
		TestCallers.signIn(role.equals("staff") ? staff() : head());

		WebGraphQlResponse response = send(Map.of("query", "{ trusts { name } }", "extensions",
				Map.of("persistedQuery", persistedQuery)));

		assertThat(this.executed).hasValue(0);
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_QUERY_INVALID");
			assertThat(error.getMessage()).contains(named);
		});
	}

	static Stream<Arguments> malformedPersistedQueries() {
		String id = PersistedDocuments.idOf(REGISTERED);
		return Stream.of("staff", "head")
			.flatMap(role -> Stream.of(
					Arguments.of("x", role, "extensions.persistedQuery must be an object"),
					Arguments.of(List.of(id), role, "extensions.persistedQuery must be an object"),
					Arguments.of(Map.of("version", 1, "sha256Hash", 12), role,
							"extensions.persistedQuery.sha256Hash must be a string"),
					Arguments.of(Map.of("version", 2, "sha256Hash", id), role,
							"extensions.persistedQuery.version must be 1"),
					Arguments.of(Map.of("sha256Hash", id), role, "extensions.persistedQuery.version must be 1")));
	}

	@Test
	void aRegisteredIdSentWithAnotherTextRunsNeither() {
		for (Caller caller : List.of(staff(), head())) {
			TestCallers.signIn(caller);

			WebGraphQlResponse response = send(Map.of("query", "{ trusts { name } }", "extensions",
					persisted(PersistedDocuments.idOf(REGISTERED))));

			assertThat(this.executed).hasValue(0);
			assertThat(response.getErrors()).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_QUERY_MISMATCH");
			});
		}
	}

	@Test
	void anAllowedRoleMaySendItsOwnDocuments() {
		TestCallers.signIn(head());

		send(Map.of("query", "{ trusts { name } }"));

		assertThat(this.executed).hasValue(1);
	}

	private WebGraphQlResponse send(Map<String, Object> body) {
		var request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), null, null,
				Map.of(), body, "1", null);
		return this.interceptor.intercept(request, next -> {
			this.executed.incrementAndGet();
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(next.toExecutionInput(),
					ExecutionResult.newExecutionResult().data(Map.of()).build())));
		}).block();
	}

	private static Map<String, Object> persisted(String id) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id));
	}

	private static Caller head() {
		return TestCallers.headOf("asset-education", "lunsford-primary");
	}

	private static Caller staff() {
		return new Caller("staff", null, Set.of(Role.STAFF), "asset-education", List.of("lunsford-primary"),
				"demo-lunsford-teacher-1", Set.of());
	}

	private static ByteArrayResource manifest(String body) {
		String json = JsonMapper.builder().build().writeValueAsString(Map.of("format", PersistedDocuments.FORMAT,
				"version", 1, "operations",
				List.of(Map.of("id", PersistedDocuments.idOf(body), "name", "Mine", "type", "query", "body", body))));
		return new ByteArrayResource(json.getBytes());
	}

}
