package uk.trustboard.api.graphql;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * the registered operations (by id or as their exact text) and nothing else.
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
	void anAllowedRoleMaySendItsOwnDocuments() {
		TestCallers.signIn(TestCallers.headOf("asset-education", "lunsford-primary"));

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
