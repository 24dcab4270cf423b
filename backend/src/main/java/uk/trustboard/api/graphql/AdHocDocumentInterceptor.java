package uk.trustboard.api.graphql;

import java.util.Map;
import java.util.Set;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.trustboard.api.security.CallerAuthentication;
import uk.trustboard.api.security.Role;

/**
 * Refuses a document of the caller's own (not a registered operation) unless one of the caller's
 * roles is allowed ad-hoc documents. A registered operation may be sent by id or as its exact text.
 * A request that runs nothing whatever the role ({@link PersistedDocuments#resolve}: an invalid
 * persisted query, an unknown id, an id with another text) is refused here, before anything else.
 */
class AdHocDocumentInterceptor implements WebGraphQlInterceptor {

	static final ErrorClassification FORBIDDEN = ErrorClassification.errorClassification("FORBIDDEN");

	private final PersistedDocuments documents;

	private final Set<Role> adHocRoles;

	AdHocDocumentInterceptor(PersistedDocuments documents, Set<Role> adHocRoles) {
		this.documents = documents;
		this.adHocRoles = Set.copyOf(adHocRoles);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		PersistedDocuments.Resolution resolution = this.documents.resolve(request.getExtensions(), request.getDocument());
		if (resolution.refusal() != null) {
			return refuse(request, resolution.refusal());
		}
		if (resolution.byId() || mayRunAdHoc() || this.documents.isRegistered(request.getDocument())) {
			return chain.next(request);
		}
		return refuse(request, GraphqlErrorBuilder.newError()
			.errorType(FORBIDDEN)
			.message("Your role may run registered operations only: send the operation's id as "
					+ "extensions.persistedQuery.sha256Hash")
			.extensions(Map.of("code", "PERSISTED_QUERY_REQUIRED"))
			.build());
	}

	private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, GraphQLError error) {
		ExecutionResult refused = ExecutionResult.newExecutionResult().addError(error).build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
	}

	private boolean mayRunAdHoc() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof CallerAuthentication caller)
				&& caller.caller().roles().stream().anyMatch(this.adHocRoles::contains);
	}

}
